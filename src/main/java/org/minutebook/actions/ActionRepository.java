package org.minutebook.actions;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionRepository extends JpaRepository<Action, Long> {

    // Plan links in the same query: actions are read after the service's transaction (open-in-view is off).
    @EntityGraph(attributePaths = "planLinks")
    List<Action> findBySourceMeetingIdOrderByIdAsc(Long meetingId);

    @EntityGraph(attributePaths = "planLinks")
    List<Action> findByBodyIdOrderByIdAsc(Long bodyId);

    @EntityGraph(attributePaths = "planLinks")
    Optional<Action> findWithLinksById(Long id);
}
