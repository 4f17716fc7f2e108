package org.minutebook.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.minutebook.meeting.AgendaItem;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.ItemDetails;
import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.MeetingService;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.security.MinutesStatus;
import org.minutebook.seeds.SeedMinutes;
import org.minutebook.testsupport.AsUser;

/**
 * What the export tests share: the seed meeting, a meeting with an exempt item whose words must never leave the
 * site, and anonymous HTTP (no cookies, so every request is a fresh member of the public).
 */
final class ExportFixtures {

    // Words that exist only inside the exempt item.
    static final List<String> SECRETS = List.of("Tender prices from Acme", "award the contract to Acme",
            "Confidential evaluation of bids", "Procurement lead", "bid was lowest by 40000", "Acme");

    static final String HWB = "West Sussex Health and Wellbeing Board";

    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private ExportFixtures() {
    }

    /** The published meeting that carries the seed's item (seed 000: minute 14). */
    static Meeting seedMeeting(PeopleService people, MeetingService meetings, String bodyName, SeedMinutes seed) {
        long bodyId = people.bodyNamed(bodyName).orElseThrow().getId();
        List<Meeting> found = meetings.meetingsOf(bodyId).stream()
                .filter(m -> m.getMinutesStatus() == MinutesStatus.PUBLISHED)
                .filter(m -> meetings.itemsOf(m.getId()).stream().map(AgendaItem::getTitle).anyMatch(seed.itemTitle()::equals))
                .toList();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    /**
     * A board meeting, minutes published, with a public item (a paragraph, a resolution, a paper) and an exempt one
     * carrying every secret in its summary, recommendations, paper and minutes.
     *
     * @return {meeting, public item, exempt item}
     */
    static long[] meetingWithExemptItem(PeopleService people, MeetingService meetings, ChairService chair,
                                        MinutesService minutes, Instant startsAt) {
        long hwb = people.bodyNamed(HWB).orElseThrow().getId();
        return AsUser.as("clerk", Role.CLERK, () -> {
            long meeting = meetings.schedule(hwb, startsAt, "County Hall, Chichester", 1, false).getId();
            var open = new ItemDetails();
            open.setTitle("Public health grant");
            open.setSummary("The grant for 2026/27 is £1.2m.");
            open.setRecommendationsIntro("The Board is asked to:");
            open.setRecommendations("note the grant\nagree its priorities");
            long openId = meetings.addItem(meeting, open).getId();
            meetings.addPaper(openId, "Public health grant report", "Director of Public Health",
                    "The grant supports the\nBoard's priorities.\n\nIt is ring-fenced.");
            var exempt = new ItemDetails();
            exempt.setTitle("Award of the community care contract");
            exempt.setSummary("Tender prices from Acme Care Ltd");
            exempt.setRecommendations("award the contract to Acme");
            exempt.setExempt(true);
            exempt.setExemptParagraph(3);
            long exemptId = meetings.addItem(meeting, exempt).getId();
            meetings.addPaper(exemptId, "Confidential evaluation of bids", "Procurement lead", "bid scores for Acme");
            meetings.publishAgenda(meeting);
            chair.openMeeting(meeting);
            minutes.addParagraph(openId, "The Director presented the grant:\n\n- public health\n- prevention");
            minutes.addResolution(openId, null, List.of("noted the grant", "agreed its priorities"));
            minutes.addParagraph(exemptId, "Acme's bid was lowest by 40000 pounds");
            minutes.addResolution(exemptId, null, List.of("award the contract to Acme for five years"));
            chair.closeMeeting(meeting);
            minutes.approve(meeting);
            minutes.publish(meeting);
            return new long[] {meeting, openId, exemptId};
        });
    }

    static Instant soon() {
        return Instant.now().plus(Duration.ofDays(3));
    }

    static HttpResponse<byte[]> get(int port, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String getText(int port, String path) {
        HttpResponse<byte[]> response = get(port, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
