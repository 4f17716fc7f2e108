package org.minutebook.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {
    List<AgendaItem> findByMeetingIdOrderByPositionAsc(Long meetingId);

    boolean existsByExcludesPublicForItemId(Long exemptItemId);

    List<AgendaItem> findByMeetingIdInOrderByPositionAsc(List<Long> meetingIds);

    @Query("select i.carriedFromItemId from AgendaItem i join Meeting m on m.id = i.meetingId "
            + "where m.bodyId = :bodyId and i.carriedFromItemId is not null")
    List<Long> carriedFromIdsOfBody(long bodyId);
}
