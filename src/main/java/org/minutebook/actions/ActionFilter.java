package org.minutebook.actions;

import java.util.Set;

/**
 * What the actions list narrows to; every part is optional (null or empty: no narrowing). The viewer's own
 * visibility always applies on top, in the same query.
 *
 * @param bodyId              one body's actions
 * @param servesAny           actions linked to any of these plan elements (a theme and its recommendations)
 * @param ownerPersonId       owned by this person
 * @param ownerOrganisationId owned by this organisation
 * @param status              in this status
 * @param meetingId           raised at this meeting
 * @param mine                only actions the viewer owns or, as an officer, their organisation owns
 */
public record ActionFilter(Long bodyId, Set<PlanLink> servesAny, Long ownerPersonId, Long ownerOrganisationId,
                           ActionStatus status, Long meetingId, boolean mine) {

    public ActionFilter {
        servesAny = servesAny == null ? Set.of() : Set.copyOf(servesAny);
    }

    public static ActionFilter all() {
        return new ActionFilter(null, Set.of(), null, null, null, null, false);
    }

    public static ActionFilter mineOnly() {
        return new ActionFilter(null, Set.of(), null, null, null, null, true);
    }
}
