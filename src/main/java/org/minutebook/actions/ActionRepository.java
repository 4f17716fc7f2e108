package org.minutebook.actions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionRepository extends JpaRepository<Action, Long> {
    List<Action> findBySourceMeetingId(Long meetingId);

    List<Action> findByBodyId(Long bodyId);
}
