package org.minutebook.minutes;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Paragraphs of the record. Deleted ones stay in the table (actions may cite them) and are left out here. */
interface MinuteParagraphRepository extends JpaRepository<MinuteParagraph, Long> {
    List<MinuteParagraph> findByMeetingIdAndDeletedAtIsNullOrderByItemIdAscPositionAsc(Long meetingId);

    /**
     * The same, with each resolution's clauses in the same query: a record of 300 paragraphs is one read, not 300.
     * A fetch join written out rather than an entity graph: Hibernate caches the SQL of the one, and translates the
     * other afresh on every call (a live meeting reads its record on every change).
     */
    @Query("select p from MinuteParagraph p left join fetch p.clauses where p.meetingId = :meetingId "
            + "and p.deletedAt is null order by p.itemId, p.position")
    List<MinuteParagraph> findWithClausesByMeetingIdAndDeletedAtIsNullOrderByItemIdAscPositionAsc(Long meetingId);

    List<MinuteParagraph> findByItemIdAndDeletedAtIsNullOrderByPositionAsc(Long itemId);

    /** Where a new paragraph goes: after the item's others (counted, not loaded: an item can have hundreds). */
    long countByItemIdAndDeletedAtIsNull(Long itemId);
}
