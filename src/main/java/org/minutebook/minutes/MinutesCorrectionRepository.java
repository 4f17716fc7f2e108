package org.minutebook.minutes;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesCorrectionRepository extends JpaRepository<MinutesCorrection, Long> {

    List<MinutesCorrection> findByMeetingIdOrderBySuggestedAtAscIdAsc(long meetingId);

    boolean existsByMeetingIdAndStatus(long meetingId, CorrectionStatus status);
}
