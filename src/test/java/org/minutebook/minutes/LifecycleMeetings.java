package org.minutebook.minutes;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.minutebook.meeting.AgendaItem;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.ItemDetails;
import org.minutebook.meeting.MeetingService;
import org.minutebook.meeting.StandardItem;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.testsupport.AsUser;

/**
 * Meetings of the West Sussex board made afresh for a lifecycle test: one held and closed with a minute, and the
 * next one (with the standard items, so "Minutes of the previous meeting") taking place. Each pair comes after every
 * meeting the board has, so the closed meeting is the approving meeting's previous one whatever other tests (or
 * earlier runs against the same database) have made.
 */
public record LifecycleMeetings(long bodyId, long heldId, long heldItemId, long paragraphId, Instant heldAt) {

    public static final String ITEM = "Better Care Fund";

    public static LifecycleMeetings held(MeetingService meetings, ChairService chair, PeopleService people, MinutesService minutes,
                                         String minute) {
        long hwb = people.bodyNamed("West Sussex Health and Wellbeing Board").orElseThrow().getId();
        Instant at = after(meetings, hwb);
        long[] ids = AsUser.as("clerk", Role.CLERK, () -> {
            long id = meetings.schedule(hwb, at, "County Hall, Chichester", 14, false).getId();
            var d = new ItemDetails();
            d.setTitle(ITEM);
            d.setSummary("The fund's plan for the year.");
            long item = meetings.addItem(id, d).getId();
            meetings.publishAgenda(id);
            return new long[] {id, item};
        });
        AsUser.run("chair", Role.MEMBER, () -> {
            chair.openMeeting(ids[0]);
            chair.openItem(ids[1]);
        });
        long paragraph = AsUser.as("clerk", Role.CLERK, () -> minutes.addParagraph(ids[1], minute).getId());
        AsUser.run("chair", Role.MEMBER, () -> chair.closeMeeting(ids[0]));
        return new LifecycleMeetings(hwb, ids[0], ids[1], paragraph, at);
    }

    /**
     * A date after every meeting the board has, however many earlier runs left in the database: a pair placed among
     * older ones would take one of theirs as its "previous" or "next" meeting. Far ahead, so no other test's meeting
     * falls between a pair's two.
     */
    private static synchronized Instant after(MeetingService meetings, long bodyId) {
        Instant floor = Instant.now().plus(400, ChronoUnit.DAYS);
        Instant latest = meetings.meetingsOf(bodyId).stream().map(m -> m.getStartsAt()).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(floor);
        return (latest.isAfter(floor) ? latest : floor).plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    }

    /** The next meeting, a day later, with its agenda published and the chair's meeting open. */
    public Next next(MeetingService meetings, ChairService chair) {
        var next = AsUser.as("clerk", Role.CLERK, () -> {
            long id = meetings.schedule(bodyId, heldAt.plus(1, ChronoUnit.DAYS), "County Hall, Chichester", 20, true).getId();
            meetings.publishAgenda(id);
            AgendaItem previous = meetings.itemsOf(id).stream()
                    .filter(i -> i.getStandardItem() == StandardItem.PREVIOUS_MINUTES).findFirst().orElseThrow();
            return new Next(id, previous.getId());
        });
        AsUser.run("chair", Role.MEMBER, () -> {
            chair.openMeeting(next.id());
            chair.openItem(next.previousMinutesItemId());
        });
        return next;
    }

    public record Next(long id, long previousMinutesItemId) {
    }
}
