package org.minutebook.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeclarationRepository extends JpaRepository<DeclarationOfInterest, Long> {
    List<DeclarationOfInterest> findByMeetingIdOrderByIdAsc(Long meetingId);
}
