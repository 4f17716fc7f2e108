package org.minutebook.actions;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.minutebook.people.Role;
import org.minutebook.security.Viewer;
import org.springframework.data.jpa.domain.Specification;

/**
 * The actions list's query: the viewer's visibility (the same rule as {@code AccessPolicy.canSeeAction} for
 * signed-in users: insiders of the body and admins see all, owners and their organisation's officers theirs) and
 * the filter, as one SQL where clause, so that paging and counting run in the database.
 */
final class ActionSpecs {

    private ActionSpecs() {
    }

    static Specification<Action> of(Viewer viewer, ActionFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (!viewer.isAdmin()) {
                List<Predicate> visible = new ArrayList<>(owned(viewer, root, cb));
                if (!viewer.memberships().isEmpty()) {
                    visible.add(root.get("bodyId").in(viewer.memberships().keySet()));
                }
                all.add(visible.isEmpty() ? cb.disjunction() : cb.or(visible.toArray(Predicate[]::new)));
            }
            if (filter.mine()) {
                List<Predicate> owned = owned(viewer, root, cb);
                all.add(owned.isEmpty() ? cb.disjunction() : cb.or(owned.toArray(Predicate[]::new)));
            }
            if (filter.bodyId() != null) {
                all.add(cb.equal(root.get("bodyId"), filter.bodyId()));
            }
            if (filter.ownerPersonId() != null) {
                all.add(cb.equal(root.get("ownerPersonId"), filter.ownerPersonId()));
            }
            if (filter.ownerOrganisationId() != null) {
                all.add(cb.equal(root.get("ownerOrganisationId"), filter.ownerOrganisationId()));
            }
            if (filter.status() != null) {
                all.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.meetingId() != null) {
                all.add(cb.equal(root.get("sourceMeetingId"), filter.meetingId()));
            }
            if (!filter.servesAny().isEmpty()) {
                List<Predicate> links = new ArrayList<>();
                Subquery<Long> linked = query.subquery(Long.class);
                Root<Action> other = linked.from(Action.class);
                var link = other.join("planLinks");
                for (PlanLink l : filter.servesAny()) {
                    links.add(cb.and(cb.equal(link.get("kind"), l.kind()), cb.equal(link.get("elementId"), l.elementId())));
                }
                linked.select(other.get("id")).where(cb.or(links.toArray(Predicate[]::new)));
                all.add(root.get("id").in(linked));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    // Owner, or an officer of the owning organisation: AccessPolicy.ownsOrActsFor.
    private static List<Predicate> owned(Viewer viewer, Root<Action> root, CriteriaBuilder cb) {
        List<Predicate> owned = new ArrayList<>();
        if (viewer.personId() != null) {
            owned.add(cb.equal(root.get("ownerPersonId"), viewer.personId()));
        }
        if (viewer.hasRole(Role.OFFICER) && viewer.organisationId() != null) {
            owned.add(cb.equal(root.get("ownerOrganisationId"), viewer.organisationId()));
        }
        return owned;
    }
}
