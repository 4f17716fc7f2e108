package org.minutebook.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minutebook.actions.ActionService;
import org.minutebook.actions.NewAction;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.ItemDetails;
import org.minutebook.meeting.MeetingService;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.testsupport.AsUser;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public action tracker over real HTTP, as an anonymous visitor reads it. */
@MinutebookTest
class PublicTrackerPageTest {

    static final String HWB = "West Sussex Health and Wellbeing Board";

    @LocalServerPort
    int port;
    @Autowired
    PeopleService people;
    @Autowired
    MeetingService meetings;
    @Autowired
    ChairService chair;
    @Autowired
    MinutesService minutes;
    @Autowired
    ActionService actions;

    @Test
    void publishedActionsAreListedWithTheirSourceAndNoActionFromAnExemptItemEverIs() throws Exception {
        long hwb = people.bodyNamed(HWB).orElseThrow().getId();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        AsUser.run("clerk", Role.CLERK, () -> {
            long meeting = meetings.schedule(hwb, Instant.now().minus(2, ChronoUnit.DAYS), "County Hall", 1, false).getId();
            var open = new ItemDetails();
            open.setTitle("Public health grant");
            long openItem = meetings.addItem(meeting, open).getId();
            var exempt = new ItemDetails();
            exempt.setTitle("Care contract");
            exempt.setExempt(true);
            exempt.setExemptParagraph(3);
            long exemptItem = meetings.addItem(meeting, exempt).getId();
            meetings.publishAgenda(meeting);
            chair.openMeeting(meeting);
            long para = minutes.addParagraph(openItem, "The grant was noted.").getId();
            minutes.addParagraph(exemptItem, "Bids were compared.");
            actions.create(NewAction.of(hwb, "Publish the grant allocations " + tag).from(meeting, openItem, para));
            actions.create(NewAction.of(hwb, "Negotiate with the lowest bidder " + tag).from(meeting, exemptItem, null));
            chair.closeMeeting(meeting);
            minutes.approve(meeting);
            minutes.publish(meeting);
        });

        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/public/bodies/" + hwb + "/actions")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        assertThat(html).contains("Action tracker", "Publish the grant allocations " + tag, "item 1, minute 1.1");
        assertThat(html).contains("Healthwatch to provide engagement support", "minute 14.6", "Theme: Effective Partnerships");
        assertThat(html).contains("/public/meetings/");
        assertThat(html).doesNotContain("Negotiate with the lowest bidder", "Bids were compared");
    }
}
