package org.minutebook.publication;

import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.MeetingService;
import org.minutebook.security.AccessPolicy;
import org.minutebook.security.MeetingFacts;
import org.minutebook.security.MeetingStatus;
import org.minutebook.security.MinutesAccess;
import org.minutebook.security.Viewer;
import org.minutebook.shared.UkTime;

/**
 * One meeting in a body's list: its date, any status worth saying (cancelled, postponed, live), and what the
 * viewer can read of it. Linked only when there is something to read, so nobody follows a link to an empty page.
 *
 * @param what   "Agenda", "Minutes", "Draft minutes"…, or why there is nothing yet; null when the status says it all
 */
record MeetingListing(long id, String when, String venue, String status, String what, boolean linked) {

    static MeetingListing of(Meeting m, Viewer viewer) {
        MeetingFacts facts = MeetingService.facts(m);
        boolean agenda = AccessPolicy.canSeeAgenda(viewer, facts);
        MinutesAccess minutes = AccessPolicy.minutesAccess(viewer, facts);
        String status = switch (m.getStatus()) {
            case CANCELLED -> "Cancelled";
            case POSTPONED -> "Postponed";
            case LIVE -> "Live now";
            case SCHEDULED, CLOSED -> null;
        };
        String what;
        if (m.getStatus() == MeetingStatus.LIVE) {
            what = "Follow the record as it is written";
        } else if (minutes.isVisible()) {
            what = minutes.isDraft() ? "Draft minutes" : "Minutes";
        } else if (agenda) {
            what = m.getStatus() == MeetingStatus.CLOSED ? "Agenda (minutes not yet published)" : "Agenda";
        } else {
            what = status != null ? null
                    : m.getStatus() == MeetingStatus.CLOSED ? "Minutes not yet published" : "Agenda not yet published";
        }
        return new MeetingListing(m.getId(), UkTime.dateTime(m.getStartsAt(), "Date not recorded"), m.getVenue(),
                status, what, agenda || minutes.isVisible());
    }
}
