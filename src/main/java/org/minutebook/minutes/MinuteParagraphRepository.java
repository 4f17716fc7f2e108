package org.minutebook.minutes;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Paragraphs of the record. Deleted ones stay in the table (actions may cite them) and are left out here. */
interface MinuteParagraphRepository extends JpaRepository<MinuteParagraph, Long> {
    List<MinuteParagraph> findByMeetingIdAndDeletedAtIsNullOrderByItemIdAscPositionAsc(Long meetingId);

    /** The same, with each resolution's clauses in the same query: a record of 300 paragraphs is one read, not 300. */
    @EntityGraph(attributePaths = "clauses")
    List<MinuteParagraph> findWithClausesByMeetingIdAndDeletedAtIsNullOrderByItemIdAscPositionAsc(Long meetingId);

    List<MinuteParagraph> findByItemIdAndDeletedAtIsNullOrderByPositionAsc(Long itemId);

    /** Where a new paragraph goes: after the item's others (counted, not loaded: an item can have hundreds). */
    long countByItemIdAndDeletedAtIsNull(Long itemId);
}
