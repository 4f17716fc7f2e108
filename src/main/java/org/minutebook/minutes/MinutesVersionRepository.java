package org.minutebook.minutes;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MinutesVersionRepository extends JpaRepository<MinutesVersion, Long> {

    /** The list of versions without their (large) snapshots. */
    @Query("select new org.minutebook.minutes.MinutesVersionSummary(v.number, v.createdAt, v.createdBy, v.reason) "
            + "from MinutesVersion v where v.meetingId = ?1 order by v.number")
    List<MinutesVersionSummary> summaries(long meetingId);

    Optional<MinutesVersion> findByMeetingIdAndNumber(long meetingId, int number);

    Optional<MinutesVersion> findFirstByMeetingIdOrderByNumberDesc(long meetingId);
}
