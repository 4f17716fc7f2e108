package org.minutebook.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minutebook.testsupport.AsUser.as;
import static org.minutebook.testsupport.AsUser.run;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.minutebook.meeting.AgendaItem;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.ItemDetails;
import org.minutebook.meeting.MeetingService;
import org.minutebook.meeting.PaperService;
import org.minutebook.people.InvalidField;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.seeds.SeedMinutes;
import org.minutebook.seeds.Seeds;
import org.minutebook.shared.UkTime;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The portal's calendar, stable links, papers, search and cache headers, read as an anonymous visitor would. */
@MinutebookTest
class PortalPagesTest {

    static final String HWB = "West Sussex Health and Wellbeing Board";

    @LocalServerPort
    int port;
    @Autowired
    MeetingService meetings;
    @Autowired
    ChairService chair;
    @Autowired
    PaperService papers;
    @Autowired
    PeopleService people;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theCalendarShowsAMonthsMeetingsOnTheirUkDayWithCancelledOnesMarked() throws Exception {
        long hwb = hwb();
        // 11.30pm on 30 March 2031 in London is 30 March (BST), though 22:30 UTC.
        var late = ZonedDateTime.of(LocalDate.of(2031, 3, 30), LocalTime.of(23, 30), UkTime.ZONE).toInstant();
        var cancelled = ZonedDateTime.of(LocalDate.of(2031, 3, 12), LocalTime.of(14, 0), UkTime.ZONE).toInstant();
        long first = as("clerk", Role.CLERK, () -> meetings.schedule(hwb, late, "County Hall", 1, false).getId());
        long second = as("clerk", Role.CLERK, () -> meetings.schedule(hwb, cancelled, "County Hall", 1, false).getId());
        run("chair", Role.MEMBER, () -> chair.cancel(second));

        var response = get("/public/bodies/" + hwb + "/calendar?month=2031-03");
        Document doc = Jsoup.parse(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(doc.select("h1").text()).isEqualTo("Calendar: " + HWB);
        assertThat(doc.select("td:has(.visually-hidden:containsOwn(Sunday 30 March)) li").text()).contains("11.30pm", HWB);
        assertThat(doc.select("td:has(.visually-hidden:containsOwn(Wednesday 12 March)) li").text())
                .contains("2.00pm", "Cancelled");
        // Nothing published yet: the times are not links to empty pages.
        assertThat(doc.select("a[href=/public/meetings/" + first + "]")).isEmpty();
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, no-cache");

        Document all = Jsoup.parse(get("/public/calendar?month=2031-03").body());
        assertThat(all.select(".calendar li").text()).contains("Cancelled", HWB);
        assertThat(all.select(".month-nav a[rel=next]").attr("href")).isEqualTo("/public/calendar?month=2031-04");
        // A mistyped month shows the current one rather than an error.
        assertThat(get("/public/calendar?month=last-tuesday").statusCode()).isEqualTo(200);
    }

    @Test
    void aMinuteHasAStableAddressThatLeadsToItsParagraph() throws Exception {
        long seed = seedMeeting();
        SeedMinutes minutes = Seeds.minutes(0);
        String number = minutes.paragraphs().get(2).number();

        var redirect = get("/public/meetings/" + seed + "/minutes/" + number);
        assertThat(redirect.statusCode()).isEqualTo(302);
        String anchor = "para-" + number.replace('.', '-');
        assertThat(redirect.headers().firstValue("Location")).hasValue("/public/meetings/" + seed + "#" + anchor);

        Document page = Jsoup.parse(get("/public/meetings/" + seed).body());
        assertThat(page.select("#" + anchor + " .para-number").text()).isEqualTo(number);
        assertThat(page.select("#" + anchor + " a.para-number").attr("href")).isEqualTo("#" + anchor);
        assertThat(page.select("#" + anchor + " a.para-number").attr("aria-label")).isEqualTo("Link to minute " + number);

        assertThat(get("/public/meetings/" + seed + "/minutes/99.9").statusCode()).isEqualTo(404);
    }

    @Test
    void searchFindsHealthwatchInTheSeedMinutesAndLinksToTheParagraph() throws Exception {
        long seed = seedMeeting();
        SeedMinutes.Paragraph expected = Seeds.minutes(0).paragraphs().stream()
                .filter(p -> p.allText().contains("Healthwatch")).findFirst().orElseThrow();

        Document doc = Jsoup.parse(get("/public/search?q=healthwatch").body());
        var hit = doc.select(".results li:has(a[href=/public/meetings/" + seed + "#para-" + expected.number().replace('.', '-') + "])");
        assertThat(hit).hasSize(1);
        assertThat(hit.select(".result-title").text()).startsWith("Minute " + expected.number() + ": 14.");
        assertThat(hit.select(".snippet mark").text()).isEqualToIgnoringCase("Healthwatch");

        // A date range that excludes the (undated) seed meeting finds nothing there.
        Document filtered = Jsoup.parse(get("/public/search?q=healthwatch&from=2031-01-01").body());
        assertThat(filtered.select("a[href^=/public/meetings/" + seed + "#]")).isEmpty();
        Document badDate = Jsoup.parse(get("/public/search?q=healthwatch&from=yesterday").body());
        assertThat(badDate.select(".problem").text()).contains("year-month-day");
    }

    @Test
    void aClerksPaperIsCheckedOnUploadAndDownloadedUnderItsNameWithItsType() throws Exception {
        long hwb = hwb();
        long meeting = as("clerk", Role.CLERK, () -> meetings.schedule(hwb, null, "County Hall", 1, false).getId());
        AgendaItem item = as("clerk", Role.CLERK, () -> meetings.addItem(meeting, details("Better Care Fund")));
        byte[] pdf = AnonymousLeakTest.pdf("Better Care Fund plan");

        assertThatThrownBy(() -> as("clerk", Role.CLERK, () -> papers.upload(item.getId(), "Plan", null, "plan.exe", pdf)))
                .isInstanceOf(InvalidField.class).hasMessageContaining("PDF").extracting(e -> ((InvalidField) e).field()).isEqualTo("file");
        assertThatThrownBy(() -> as("clerk", Role.CLERK, () -> papers.upload(item.getId(), "Plan", null, "plan.pdf",
                "not a pdf".getBytes())))
                .isInstanceOf(InvalidField.class).hasMessageContaining("not a valid .pdf");
        assertThatThrownBy(() -> as("clerk", Role.CLERK, () -> papers.upload(item.getId(), "Plan", null, "plan.pdf",
                new byte[(int) papers.maxSize().toBytes() + 1])))
                .isInstanceOf(InvalidField.class).hasMessageContaining("at most 20 MB");
        assertThatThrownBy(() -> as("clerk", Role.CLERK, () -> papers.upload(item.getId(), " ", null, "plan.pdf", pdf)))
                .isInstanceOf(InvalidField.class).extracting(e -> ((InvalidField) e).field()).isEqualTo("title");
        assertThatThrownBy(() -> as("member", Role.MEMBER, () -> papers.upload(item.getId(), "Plan", null, "plan.pdf", pdf)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        long paper = as("clerk", Role.CLERK, () -> papers.upload(item.getId(), "Better Care Fund plan 2026–27", "Director",
                "C:\\fakepath\\BCF plan.pdf", pdf).getId());
        // Before the agenda is published the public cannot have it.
        assertThat(get("/public/papers/" + paper).statusCode()).isEqualTo(404);
        run("clerk", Role.CLERK, () -> meetings.publishAgenda(meeting));

        HttpResponse<String> download = get("/public/papers/" + paper);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("inline;").contains("filename=\"BCF plan.pdf\"");
        Document page = Jsoup.parse(get("/public/meetings/" + meeting).body());
        assertThat(page.select("a.paper-link[href=/public/papers/" + paper + "]").text())
                .matches("Better Care Fund plan 2026–27 \\(PDF, \\d+ KB\\)");
    }

    @Test
    void anonymousPagesAreCacheableAndTheLivePageIsNot() throws Exception {
        assertThat(get("/").headers().firstValue("Cache-Control")).hasValue("public, no-cache");
        assertThat(get("/public/decisions").headers().firstValue("Cache-Control")).hasValue("public, no-cache");
        long hwb = hwb();
        long live = as("clerk", Role.CLERK, () -> {
            long id = meetings.schedule(hwb, null, "County Hall", 1, false).getId();
            meetings.addItem(id, details("Better Care Fund"));
            meetings.publishAgenda(id);
            return id;
        });
        run("chair", Role.MEMBER, () -> chair.openMeeting(live));
        assertThat(get("/public/meetings/" + live).headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    private long hwb() {
        return people.bodyNamed(HWB).orElseThrow().getId();
    }

    private long seedMeeting() {
        return meetings.meetingsOf(hwb()).stream().filter(m -> m.getStartsAt() == null)
                .filter(m -> m.getMinutesStatus() == org.minutebook.security.MinutesStatus.PUBLISHED)
                .findFirst().orElseThrow().getId();
    }

    private static ItemDetails details(String title) {
        var d = new ItemDetails();
        d.setTitle(title);
        return d;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
