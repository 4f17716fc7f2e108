package org.minutebook.meeting;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SpeakerRequestRepository extends JpaRepository<SpeakerRequest, Long> {
    List<SpeakerRequest> findByMeetingIdAndStatusInOrderByRequestedAtAscIdAsc(Long meetingId, Collection<SpeakerRequest.Status> statuses);
}
