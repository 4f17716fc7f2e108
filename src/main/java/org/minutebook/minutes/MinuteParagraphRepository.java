package org.minutebook.minutes;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinuteParagraphRepository extends JpaRepository<MinuteParagraph, Long> {
    List<MinuteParagraph> findByMeetingIdOrderByItemIdAscPositionAsc(Long meetingId);

    List<MinuteParagraph> findByItemIdOrderByPositionAsc(Long itemId);
}
