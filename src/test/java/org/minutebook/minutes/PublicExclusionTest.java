package org.minutebook.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.testsupport.AsUser.as;
import static org.minutebook.testsupport.AsUser.run;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.minutebook.meeting.AgendaItem;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.ItemDetails;
import org.minutebook.meeting.ItemOutcome;
import org.minutebook.meeting.ItemStatus;
import org.minutebook.meeting.MeetingService;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;

@MinutebookTest
class PublicExclusionTest {

    static final String SECRET = "The provider's bid was 4.2 million pounds.";

    @Autowired
    MeetingService meetings;
    @Autowired
    ChairService chair;
    @Autowired
    MinutesService minutes;
    @Autowired
    PeopleService people;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    private static ItemDetails details(String title, String summary) {
        var d = new ItemDetails();
        d.setTitle(title);
        d.setSummary(summary);
        return d;
    }

    private static String text(MeetingRecord.Item item) {
        return item.heading() + " " + (item.summary() == null ? "" : item.summary()) + " "
                + item.paragraphs().stream().map(p -> p.html()).collect(Collectors.joining(" "));
    }

    @Test
    void openingAnExemptItemRecordsAPublicResolutionExcludingThePublicOnceAndNeverTheItemsContent() {
        long hwb = people.bodyNamed("West Sussex Health and Wellbeing Board").orElseThrow().getId();
        long meetingId = as("clerk", Role.CLERK, () -> meetings.schedule(hwb, Instant.now().plus(1, ChronoUnit.HOURS),
                "County Hall", 14, false).getId());
        AgendaItem fund = as("clerk", Role.CLERK, () -> meetings.addItem(meetingId, details("Better Care Fund", "The fund's plan.")));
        var exemptDetails = details("Care provider contract", SECRET);
        exemptDetails.setExempt(true);
        exemptDetails.setExemptParagraph(3);
        AgendaItem contract = as("clerk", Role.CLERK, () -> meetings.addItem(meetingId, exemptDetails));
        run("clerk", Role.CLERK, () -> meetings.publishAgenda(meetingId));
        run("chair", Role.MEMBER, () -> {
            chair.openMeeting(meetingId);
            chair.openItem(fund.getId());
            chair.completeItem(fund.getId(), ItemOutcome.NOTED);
            chair.openItem(contract.getId());
        });
        run("clerk", Role.CLERK, () -> minutes.addParagraph(contract.getId(), SECRET));

        MeetingRecord publicRecord = minutes.recordFor(meetingId, false);
        assertThat(publicRecord.items()).extracting(MeetingRecord.Item::heading).containsExactly(
                "14. Better Care Fund", "15. Exclusion of the press and public", "16. Care provider contract");
        MeetingRecord.Item exclusion = publicRecord.items().get(1);
        assertThat(exclusion.exempt()).isFalse();
        assertThat(exclusion.status()).isEqualTo(ItemStatus.DONE);
        assertThat(exclusion.outcome()).isEqualTo(ItemOutcome.RESOLVED);
        assertThat(exclusion.paragraphs()).hasSize(1);
        assertThat(exclusion.paragraphs().getFirst().number()).isEqualTo("15.1");
        assertThat(exclusion.paragraphs().getFirst().html())
                .contains("RESOLVED – That under Section 100A(4) of the Local Government Act 1972 the press and public be excluded")
                .contains("paragraph 3 of Part 1 of Schedule 12A of the Act");
        assertThat(publicRecord.items().stream().map(PublicExclusionTest::text).collect(Collectors.joining("\n")))
                .doesNotContain(SECRET);

        // The public live page (no sign-in) reads the same: the resolution, never the exempt item's content.
        String page = publicPage("/public/meetings/" + meetingId);
        assertThat(page).contains("Exclusion of the press and public", "paragraph 3 of Part 1 of Schedule 12A")
                .doesNotContain("4.2 million");

        // Reopening the exempt item does not resolve again.
        run("chair", Role.MEMBER, () -> {
            chair.completeItem(contract.getId(), ItemOutcome.NOTED);
            chair.openItem(contract.getId());
        });
        assertThat(minutes.recordFor(meetingId, false).items()).extracting(MeetingRecord.Item::title)
                .containsOnlyOnce("Exclusion of the press and public");
        assertThat(minutes.recordFor(meetingId, true).items().getLast().paragraphs()).as("insiders see the exempt minute")
                .anySatisfy(p -> assertThat(p.html()).contains("4.2 million"));
    }

    private String publicPage(String path) {
        try (var http = java.net.http.HttpClient.newHttpClient()) {
            var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
