package org.minutebook.actions;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the clerk records for a new action. Start from {@link #of} and add what the record gives; leave out
 * what it does not (no owner, no date), rather than guess.
 *
 * @param bodyId              the body whose tracker holds the action
 * @param description         what was undertaken
 * @param ownerPersonId       the person who owns it, or null
 * @param ownerOrganisationId the organisation that owns it, or null (not both)
 * @param dueKind             a date, the next meeting, or not said
 * @param dueDate             for {@link DueKind#DATE}: the latest day the record's words allow
 * @param dueText             the record's own words for when ("at the end of July"), or null
 * @param sourceMeetingId     the meeting whose minutes raised it, or null
 * @param sourceItemId        the item that raised it; given exactly when the meeting is
 * @param sourceParagraphId   the minute paragraph it comes from, or null
 * @param planLinks           the plan elements it serves
 */
public record NewAction(long bodyId, String description, Long ownerPersonId, Long ownerOrganisationId,
                        DueKind dueKind, LocalDate dueDate, String dueText,
                        Long sourceMeetingId, Long sourceItemId, Long sourceParagraphId, Set<PlanLink> planLinks) {

    public NewAction {
        dueKind = dueKind == null ? DueKind.NONE : dueKind;
        planLinks = planLinks == null ? Set.of() : Set.copyOf(planLinks);
    }

    /** An action with no owner, no due date, no source and no plan links yet. */
    public static NewAction of(long bodyId, String description) {
        return new NewAction(bodyId, description, null, null, DueKind.NONE, null, null, null, null, null, Set.of());
    }

    public NewAction ownedByPerson(long personId) {
        return new NewAction(bodyId, description, personId, null, dueKind, dueDate, dueText,
                sourceMeetingId, sourceItemId, sourceParagraphId, planLinks);
    }

    public NewAction ownedByOrganisation(long organisationId) {
        return new NewAction(bodyId, description, null, organisationId, dueKind, dueDate, dueText,
                sourceMeetingId, sourceItemId, sourceParagraphId, planLinks);
    }

    /** Due on a date; {@code words} are the record's own ("by 30 September"), or null. */
    public NewAction dueOn(LocalDate date, String words) {
        return due(DueKind.DATE, date, words);
    }

    /** Due at the body's next meeting; {@code words} as the record puts it, or null. */
    public NewAction dueAtNextMeeting(String words) {
        return due(DueKind.NEXT_MEETING, null, words);
    }

    public NewAction due(DueKind kind, LocalDate date, String words) {
        return new NewAction(bodyId, description, ownerPersonId, ownerOrganisationId, kind, date, words,
                sourceMeetingId, sourceItemId, sourceParagraphId, planLinks);
    }

    /** Raised at this meeting under this item, in this paragraph (null if none). */
    public NewAction from(long meetingId, long itemId, Long paragraphId) {
        return new NewAction(bodyId, description, ownerPersonId, ownerOrganisationId, dueKind, dueDate, dueText,
                meetingId, itemId, paragraphId, planLinks);
    }

    /** Adds links to the plan elements the action serves. */
    public NewAction serving(PlanLink... links) {
        Set<PlanLink> more = new LinkedHashSet<>(planLinks);
        more.addAll(List.of(links));
        return new NewAction(bodyId, description, ownerPersonId, ownerOrganisationId, dueKind, dueDate, dueText,
                sourceMeetingId, sourceItemId, sourceParagraphId, more);
    }
}
