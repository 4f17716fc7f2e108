package org.minutebook.actions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ActionRepository extends JpaRepository<Action, Long>, JpaSpecificationExecutor<Action> {

    // Plan links in the same query: actions are read after the service's transaction (open-in-view is off). Written
    // as a fetch join, whose SQL Hibernate caches (not an entity graph's): the clerk's console reads it on every save.
    @Query("select a from Action a left join fetch a.planLinks where a.sourceMeetingId = :meetingId order by a.id")
    List<Action> findBySourceMeetingIdOrderByIdAsc(Long meetingId);

    @EntityGraph(attributePaths = "planLinks")
    List<Action> findByBodyIdOrderByIdAsc(Long bodyId);

    @EntityGraph(attributePaths = "planLinks")
    Optional<Action> findWithLinksById(Long id);

    // A page is read as ids first (paging a collection fetch would page in memory), then with links by id.
    @EntityGraph(attributePaths = "planLinks")
    List<Action> findWithLinksByIdIn(Collection<Long> ids);

    @EntityGraph(attributePaths = "planLinks")
    @Query("select a from Action a where a.status in ('OPEN', 'IN_PROGRESS') and a.dueDate <= :by "
            + "and (a.ownerPersonId is not null or a.ownerOrganisationId is not null) order by a.dueDate, a.id")
    List<Action> findOpenOwnedDueBy(LocalDate by);

    @EntityGraph(attributePaths = "planLinks")
    @Query("select a from Action a where a.bodyId = :bodyId and a.status in ('OPEN', 'IN_PROGRESS') "
            + "and a.sourceMeetingId is not null and a.sourceMeetingId <> :meetingId order by a.id")
    List<Action> findOpenOfBodyRaisedElsewhere(long bodyId, long meetingId);
}
