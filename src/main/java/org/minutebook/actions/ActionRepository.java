package org.minutebook.actions;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

    /**
     * One page of a body's actions. No fetch join here: paging a collection join happens in memory over every row;
     * the page's plan links come in one batched query instead (hibernate.default_batch_fetch_size).
     * Served by the index action_body_recorded (body_id, id).
     */
    Page<Action> findByBodyId(Long bodyId, Pageable page);
}
