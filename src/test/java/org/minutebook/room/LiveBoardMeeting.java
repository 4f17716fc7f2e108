package org.minutebook.room;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.minutebook.meeting.AgendaItem;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.ItemDetails;
import org.minutebook.meeting.MeetingService;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.testsupport.AsUser;

/**
 * A live meeting of the West Sussex board made afresh for one test: two public items and an exempt one, the
 * agenda published by the clerk, the meeting opened by the chair with its first item under discussion. Public for
 * tests in other packages that need a meeting under way.
 */
public record LiveBoardMeeting(long id, AgendaItem fund, AgendaItem pharmacy, AgendaItem contract) {

    static final String EXEMPT_SUMMARY = "Commercially sensitive figures.";

    public static LiveBoardMeeting start(MeetingService meetings, ChairService chair, PeopleService people) {
        long hwb = people.bodyNamed("West Sussex Health and Wellbeing Board").orElseThrow().getId();
        var m = AsUser.as("clerk", Role.CLERK, () -> {
            long id = meetings.schedule(hwb, Instant.now().plus(1, ChronoUnit.HOURS), "County Hall, Chichester", 14, false).getId();
            var fund = meetings.addItem(id, item("Better Care Fund", "The fund's plan for the year."));
            var pharmacy = meetings.addItem(id, item("Pharmaceutical Needs Assessment", "Consultation findings."));
            var exempt = item("Care provider contract", EXEMPT_SUMMARY);
            exempt.setExempt(true);
            exempt.setExemptParagraph(3);
            var contract = meetings.addItem(id, exempt);
            meetings.publishAgenda(id);
            return new LiveBoardMeeting(id, fund, pharmacy, contract);
        });
        AsUser.run("chair", Role.MEMBER, () -> {
            chair.openMeeting(m.id());
            chair.openItem(m.fund().getId());
        });
        return m;
    }

    private static ItemDetails item(String title, String summary) {
        var d = new ItemDetails();
        d.setTitle(title);
        d.setSummary(summary);
        return d;
    }

    public String liveRoute() {
        return "meetings/" + id + "/live";
    }
}
