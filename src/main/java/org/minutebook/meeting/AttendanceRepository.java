package org.minutebook.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {
    List<Attendance> findByMeetingId(Long meetingId);
}
