package org.minutebook.security;

import java.util.Objects;

import org.minutebook.people.Role;

/**
 * Who may see and do what in Minutebook. Every page, export, feed, API and stream asks here, so each rule lives
 * in one place and the public web, the exports and the live stream cannot drift apart.
 *
 * <p>Pure functions of a {@link Viewer} and facts about the thing asked about: no Spring, no persistence, so it can be
 * called from a view, a template, a controller or a batch job alike. Services turn a false {@code can…} into an
 * AccessDeniedException; views use the access enums to choose what to render.
 *
 * <p>Deliberately about <em>who</em>, not <em>when</em>: whether an agenda may still be edited after the meeting
 * closed, or speaking requested when the meeting is not live, is the meeting feature's state machine.
 *
 * <p>A null viewer or fact throws rather than being read as the public: a lost account should fail loudly, never
 * quietly show or hide the wrong thing.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    // ---------------------------------------------------------------- seeing

    /** A body and its list of meetings: public. */
    public static boolean canSeeBody(Viewer viewer, long bodyId) {
        Objects.requireNonNull(viewer, "viewer");
        return true;
    }

    /** A meeting's basic facts (title, date, place, status, including cancelled or postponed): public. */
    public static boolean canSeeMeeting(Viewer viewer, MeetingFacts meeting) {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(meeting, "meeting");
        return true;
    }

    /** A meeting's agenda: everyone once published; a draft only the body's insiders (members, clerk) and admins. */
    public static boolean canSeeAgenda(Viewer viewer, MeetingFacts meeting) {
        Objects.requireNonNull(viewer, "viewer");
        return meeting.agenda() == AgendaStatus.PUBLISHED || isInsider(viewer, meeting.bodyId());
    }

    /**
     * The content of an exempt (Part II) item of the body, wherever it appears: signed-in viewers with a place on the
     * body, and admins. Everyone else sees only its title and exemption paragraph, whatever the meeting's status.
     */
    public static boolean canSeeExemptContent(Viewer viewer, long bodyId) {
        return isInsider(viewer, bodyId);
    }

    /** An item as it appears on the agenda. */
    public static ItemAccess agendaItemAccess(Viewer viewer, MeetingFacts meeting, ItemFacts item) {
        return itemAccess(viewer, meeting, item, canSeeAgenda(viewer, meeting));
    }

    /**
     * An item's papers (reports, appendices): as its agenda content, so the public gets them only once the agenda is
     * published and never for an exempt item, not even their titles.
     */
    public static boolean canSeePapers(Viewer viewer, MeetingFacts meeting, ItemFacts item) {
        return agendaItemAccess(viewer, meeting, item).showsContent();
    }

    /**
     * A meeting's minutes, and whether to mark them "Draft — subject to approval".
     * While the meeting is live everyone follows the record as it is written, marked draft. Otherwise the public sees
     * published minutes, and a draft only once the clerk publishes it; the body's insiders and admins also see the
     * unpublished draft and the approved-but-unpublished record. Exempt items are filtered on top of this by
     * {@link #minutesItemAccess}.
     */
    public static MinutesAccess minutesAccess(Viewer viewer, MeetingFacts meeting) {
        Objects.requireNonNull(viewer, "viewer");
        if (meeting.status() == MeetingStatus.LIVE) {
            return MinutesAccess.DRAFT_MARKED;
        }
        boolean insider = isInsider(viewer, meeting.bodyId());
        return switch (meeting.minutes()) {
            case PUBLISHED -> MinutesAccess.FINAL;
            case DRAFT_PUBLISHED -> MinutesAccess.DRAFT_MARKED;
            // Approved is the final text, so insiders see it unmarked; the public waits for publication.
            case APPROVED -> insider ? MinutesAccess.FINAL : MinutesAccess.HIDDEN;
            case DRAFT -> insider ? MinutesAccess.DRAFT_MARKED : MinutesAccess.HIDDEN;
        };
    }

    /** An item as it appears in the minutes: its minute, decisions and resolutions. */
    public static ItemAccess minutesItemAccess(Viewer viewer, MeetingFacts meeting, ItemFacts item) {
        return itemAccess(viewer, meeting, item, minutesAccess(viewer, meeting).isVisible());
    }

    /**
     * An action on the body's tracker. Insiders of the body and admins see every action; the action's owner and
     * (for an officer) their organisation see theirs; anyone sees it when the body's tracker is public and the action
     * came from a public item in minutes the public can see.
     */
    public static boolean canSeeAction(Viewer viewer, ActionFacts action) {
        Objects.requireNonNull(action, "action");
        return isInsider(viewer, action.bodyId())
                || ownsOrActsFor(viewer, action)
                || publicCanSeeAction(action);
    }

    /**
     * An improvement plan a body monitors: every signed-in viewer; the public when the body's action tracker is
     * public, since the plan is what the tracker's actions serve and the two are read together.
     */
    public static boolean canSeePlan(Viewer viewer, boolean bodyTrackerPublic) {
        Objects.requireNonNull(viewer, "viewer");
        return viewer.isSignedIn() || bodyTrackerPublic;
    }

    // ---------------------------------------------------------------- doing

    /** Manage bodies, people, memberships and accounts. */
    public static boolean canAdminister(Viewer viewer) {
        return viewer.isAdmin();
    }

    /** Add, reorder and renumber items, mark them exempt, and publish the agenda. */
    public static boolean canEditAgenda(Viewer viewer, long bodyId) {
        return viewer.clerkOf(bodyId);
    }

    /** Write a body's improvement plan: its themes, recommendations, outcomes, milestones and measures. */
    public static boolean canEditPlan(Viewer viewer, long bodyId) {
        return viewer.clerkOf(bodyId);
    }

    /** Record minutes, resolutions and actions. */
    public static boolean canRecordMinutes(Viewer viewer, long bodyId) {
        return viewer.clerkOf(bodyId);
    }

    /**
     * Chair a meeting: open and close it, move through the agenda, give the floor. The chair or vice-chair (either
     * may preside; who presides today is the meeting's business), or the clerk acting for the chair.
     */
    public static boolean canChair(Viewer viewer, long bodyId) {
        return viewer.presides(bodyId) || viewer.clerkOf(bodyId);
    }

    /**
     * Ask the chair for the floor: anyone with a place on the body, officer advisers included. Not admins as such:
     * an admin who sits on the body asks as a member.
     */
    public static boolean canRequestToSpeak(Viewer viewer, long bodyId) {
        return viewer.isSignedIn() && viewer.isMemberOf(bodyId);
    }

    /** Report progress on an action: its owner, an officer of its owning organisation, or the body's clerk. */
    public static boolean canUpdateActionProgress(Viewer viewer, ActionFacts action) {
        return ownsOrActsFor(viewer, action) || viewer.clerkOf(action.bodyId());
    }

    /** Record the minutes as approved (after the chair signs them). */
    public static boolean canApproveMinutes(Viewer viewer, long bodyId) {
        return viewer.clerkOf(bodyId);
    }

    /** Publish minutes, as a draft or as the approved record. */
    public static boolean canPublishMinutes(Viewer viewer, long bodyId) {
        return viewer.clerkOf(bodyId);
    }

    /**
     * Sign the minutes off as a correct record once the meeting has agreed them: the chair or vice-chair presiding,
     * or the clerk acting for the chair (as {@link #canChair}).
     */
    public static boolean canSignMinutes(Viewer viewer, long bodyId) {
        return canChair(viewer, bodyId);
    }

    /** Suggest a correction to a paragraph of draft minutes: anyone with a place on the body (not admins as such). */
    public static boolean canSuggestCorrection(Viewer viewer, long bodyId) {
        return viewer.isSignedIn() && viewer.isMemberOf(bodyId);
    }

    // ---------------------------------------------------------------- rules shared above

    // A place on the body (which includes its clerk's CLERK membership), or admin. Signed-in is implied:
    // Viewer refuses memberships on an anonymous viewer.
    private static boolean isInsider(Viewer viewer, long bodyId) {
        return viewer.isAdmin() || viewer.isMemberOf(bodyId);
    }

    private static ItemAccess itemAccess(Viewer viewer, MeetingFacts meeting, ItemFacts item, boolean containerVisible) {
        Objects.requireNonNull(item, "item");
        if (!containerVisible) {
            return ItemAccess.HIDDEN;
        }
        return item.exempt() && !canSeeExemptContent(viewer, meeting.bodyId()) ? ItemAccess.TITLE_ONLY : ItemAccess.FULL;
    }

    // Owner person whatever their account; organisation only for officers, since a councillor's "organisation"
    // (the council) would otherwise reach every action the council owns.
    private static boolean ownsOrActsFor(Viewer viewer, ActionFacts action) {
        return viewer.isPerson(action.ownerPersonId())
                || (viewer.hasRole(Role.OFFICER) && viewer.worksFor(action.ownerOrganisationId()));
    }

    // Asked as the anonymous public so it can never disagree with what the public sees of the source item and minutes.
    private static boolean publicCanSeeAction(ActionFacts action) {
        if (!action.bodyTrackerPublic() || !action.hasSource()) {
            return false;
        }
        Viewer publicViewer = Viewer.anonymous();
        return minutesItemAccess(publicViewer, action.sourceMeeting(), action.sourceItem()).showsContent();
    }
}
