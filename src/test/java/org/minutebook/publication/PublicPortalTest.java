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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.minutebook.meeting.AgendaItem;
import org.minutebook.meeting.ItemDetails;
import org.minutebook.meeting.MeetingService;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.Body;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.security.MeetingStatus;
import org.minutebook.testsupport.AsUser;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public portal as an anonymous visitor reads it, over real HTTP: what is on the page, what never is, and
 * that reading leaves no session behind. Each test creates its own meeting through the services, as the clerk.
 */
@MinutebookTest
class PublicPortalTest {

    static final String HWB = "West Sussex Health and Wellbeing Board";
    static final String SCRUTINY = "Children and Young People's Services Scrutiny Committee";
    static final String OTHER_HWB = "Health and Wellbeing Board (another county, seed 003)";

    // Words that exist only inside the exempt item: none of them may ever reach a public page.
    static final String SECRET_SUMMARY = "Tender prices from Acme Care Ltd";
    static final String SECRET_RECOMMENDATION = "award the contract to Acme";
    static final String SECRET_PAPER = "Confidential evaluation of bids";
    static final String SECRET_MINUTE = "Acme's bid was lowest by 40000 pounds";

    @LocalServerPort
    int port;

    @Autowired
    PeopleService people;

    @Autowired
    MeetingService meetings;

    @Autowired
    org.minutebook.meeting.ChairService chair;

    @Autowired
    MinutesService minutes;

    // No cookie handler: every request is a fresh anonymous visitor, and any Set-Cookie shows in the headers.
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void portalListsEveryBodyWithALinkAndOffersSignIn() {
        Page home = get("/");

        assertThat(home.status).isEqualTo(200);
        assertThat(home.doc.title()).isEqualTo("Boards and committees — Minutebook");
        assertThat(home.doc.select("html").attr("lang")).isEqualTo("en-GB");
        assertThat(home.doc.select("main#main h1").text()).isEqualTo("Boards and committees");
        assertThat(home.doc.select("a.skip-link").text()).isEqualTo("Skip to main content");
        assertThat(home.doc.select("main a").eachText()).contains(HWB, SCRUTINY, OTHER_HWB);
        assertThat(home.doc.select("main a:contains(" + HWB + ")").attr("href"))
                .isEqualTo("/public/bodies/" + body(HWB).getId());
        assertThat(home.doc.select("a[href=/login]").eachText()).contains("Sign in");
    }

    @Test
    void bodyPageListsItsMeetingsComingAndPast() {
        Body scrutiny = body(SCRUTINY);
        long upcoming = AsUser.as("clerk", Role.CLERK, () -> {
            long id = meetings.schedule(scrutiny.getId(), Instant.now().plus(Duration.ofDays(9)), "County Hall, Chichester", 4, false).getId();
            meetings.addItem(id, details("Children First Improvement Plan"));
            meetings.publishAgenda(id);
            return id;
        });
        long undated = AsUser.as("clerk", Role.CLERK,
                () -> meetings.schedule(scrutiny.getId(), null, null, 1, false).getId());
        long cancelled = AsUser.as("clerk", Role.CLERK, () -> {
            long id = meetings.schedule(scrutiny.getId(), Instant.now().plus(Duration.ofDays(20)), null, 1, false).getId();
            chair.cancel(id);
            return id;
        });

        Page page = get("/public/bodies/" + scrutiny.getId());

        assertThat(page.status).isEqualTo(200);
        assertThat(page.doc.title()).isEqualTo(SCRUTINY + " — Minutebook");
        assertThat(page.doc.select("h1").text()).isEqualTo(SCRUTINY);
        assertThat(page.text()).contains("Committee of West Sussex County Council");
        var upcomingList = page.doc.select("h2:contains(Upcoming meetings) + ul").text();
        var pastList = page.doc.select("h2:contains(Past meetings) + ul").text();
        assertThat(upcomingList).contains("County Hall, Chichester", "Agenda", "Cancelled");
        assertThat(pastList).contains("Date not recorded", "Agenda not yet published");
        // Linked where there is something to read; the undated draft and the cancelled meeting are not.
        assertThat(page.doc.select("a[href=/public/meetings/" + upcoming + "]")).hasSize(1);
        assertThat(page.doc.select("a[href=/public/meetings/" + undated + "]")).isEmpty();
        assertThat(page.doc.select("a[href=/public/meetings/" + cancelled + "]")).isEmpty();
    }

    @Test
    void aDraftAgendaIsNotPublicUntilTheClerkPublishesIt() {
        long meeting = scheduleHwbMeeting();
        AsUser.run("clerk", Role.CLERK, () -> {
            AgendaItem added = meetings.addItem(meeting, details("Pharmaceutical Needs Assessment"));
            meetings.addPaper(added.getId(), "Report of the Director of Public Health", null, "The report.");
        });

        Page draft = get("/public/meetings/" + meeting);
        assertThat(draft.status).isEqualTo(200);
        assertThat(draft.text()).contains("The agenda for this meeting has not been published yet");
        assertThat(draft.html).doesNotContain("Pharmaceutical Needs Assessment");

        AsUser.run("clerk", Role.CLERK, () -> meetings.publishAgenda(meeting));
        Page published = get("/public/meetings/" + meeting);

        assertThat(published.text()).doesNotContain("has not been published");
        assertThat(published.doc.select("h2.item-heading").eachText()).containsExactly("1. Pharmaceutical Needs Assessment");
        assertThat(published.text()).contains("The Board is asked to: 1) note the report 2) agree the next steps");
        assertThat(published.text()).contains("Supporting documents", "Report of the Director of Public Health");
        assertThat(published.doc.select(".draft-banner")).isEmpty();
        assertThat(published.doc.title()).startsWith("Agenda: " + HWB + ", ");
        assertThat(published.text()).contains("County Hall, Chichester");
    }

    @Test
    void anExemptItemShowsOnlyItsTitleAndTheSchedule12ANoticeAtEveryStage() {
        long meeting = scheduleHwbMeeting();
        long[] ids = AsUser.as("clerk", Role.CLERK, () -> {
            long open = meetings.addItem(meeting, details("Public health grant")).getId();
            var exempt = details("Award of the community care contract");
            exempt.setSummary(SECRET_SUMMARY);
            exempt.setRecommendations(SECRET_RECOMMENDATION);
            exempt.setExempt(true);
            exempt.setExemptParagraph(3);
            long closed = meetings.addItem(meeting, exempt).getId();
            meetings.addPaper(closed, SECRET_PAPER, "Procurement lead", "bid scores");
            meetings.publishAgenda(meeting);
            return new long[] {open, closed};
        });
        String notice = "Exempt information — the public are excluded from this item "
                + "(Local Government Act 1972, Schedule 12A, paragraph 3)";

        Page agenda = get("/public/meetings/" + meeting);
        assertThat(agenda.doc.select("h2.item-heading").eachText())
                .containsExactly("1. Public health grant", "2. Award of the community care contract");
        assertThat(agenda.doc.select("#item-" + ids[1]).text())
                .isEqualTo("2. Award of the community care contract " + notice);
        assertNoSecrets(agenda);

        AsUser.run("clerk", Role.CLERK, () -> {
            chair.openMeeting(meeting);
            minutes.addParagraph(ids[0], "The Director presented the grant.");
            minutes.addParagraph(ids[1], SECRET_MINUTE);
            minutes.addResolution(ids[1], null, List.of(SECRET_RECOMMENDATION + " for five years"));
        });
        Page live = get("/public/meetings/" + meeting);
        assertThat(live.text()).contains("1.1 The Director presented the grant.", notice);
        assertNoSecrets(live);

        AsUser.run("clerk", Role.CLERK, () -> {
            chair.closeMeeting(meeting);
            minutes.approve(meeting);
            minutes.publish(meeting);
        });
        Page published = get("/public/meetings/" + meeting);
        assertThat(published.text()).contains("1.1 The Director presented the grant.", notice);
        assertThat(published.doc.select("#item-" + ids[1]).text())
                .isEqualTo("2. Award of the community care contract " + notice);
        assertNoSecrets(published);
    }

    @Test
    void minutesReadAsDraftWhileLiveAndAsTheRecordOncePublished() {
        long meeting = scheduleHwbMeeting();
        long item = AsUser.as("clerk", Role.CLERK, () -> {
            long id = meetings.addItem(meeting, details("OFSTED Inspection Judgement")).getId();
            meetings.publishAgenda(meeting);
            chair.openMeeting(meeting);
            minutes.addParagraph(id, "The Director highlighted that:\n\n- standards would rise\n- a plan would follow");
            minutes.addResolution(id, null, List.of("noted the process", "agreed to contribute", "would have oversight"));
            return id;
        });

        Page live = get("/public/meetings/" + meeting);
        assertThat(live.doc.select(".draft-banner").text()).isEqualTo("Draft — subject to approval");
        assertThat(live.text()).contains("This meeting is taking place now");
        assertThat(live.doc.select(".para-body ul li").eachText()).containsExactly("standards would rise", "a plan would follow");

        AsUser.run("clerk", Role.CLERK, () -> chair.closeMeeting(meeting));
        Page closed = get("/public/meetings/" + meeting);
        assertThat(closed.text()).contains("The minutes of this meeting have not been published yet");
        assertThat(closed.html).doesNotContain("standards would rise");
        assertThat(closed.doc.select("h2.item-heading").eachText()).containsExactly("1. OFSTED Inspection Judgement");

        AsUser.run("clerk", Role.CLERK, () -> {
            minutes.approve(meeting);
            minutes.publish(meeting);
        });
        Page published = get("/public/meetings/" + meeting);

        assertThat(published.doc.select(".draft-banner")).isEmpty();
        assertThat(published.doc.title()).startsWith("Minutes: " + HWB);
        var paragraphs = published.doc.select("#item-" + item + " .para");
        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs.get(0).text())
                .isEqualTo("1.1 The Director highlighted that: standards would rise a plan would follow");
        assertThat(paragraphs.get(1).text()).isEqualTo("1.2 Resolved that the Board: "
                + "a) noted the process b) agreed to contribute c) would have oversight");
        assertThat(paragraphs.get(1).select("ol.clauses li")).hasSize(3);
        // Each paragraph can be linked to: "see minute 1.2".
        assertThat(paragraphs.eachAttr("id")).allMatch(id -> id.startsWith("para-"));
    }

    @Test
    void markupTypedIntoTheRecordIsShownAsTextNeverRun() {
        long meeting = scheduleHwbMeeting();
        AsUser.run("clerk", Role.CLERK, () -> {
            long id = meetings.addItem(meeting, details("Questions <script>alert(2)</script>")).getId();
            meetings.publishAgenda(meeting);
            chair.openMeeting(meeting);
            minutes.addParagraph(id, "A member asked about <script>alert(1)</script> and <img src=x onerror=alert(3)>.");
            minutes.addResolution(id, null, List.of("noted <b>this</b>"));
        });

        Page page = get("/public/meetings/" + meeting);

        assertThat(page.html).doesNotContain("<script>alert", "<img src=x", "<b>this</b>");
        // The live page's own script (an external file) is the only script there may be.
        assertThat(page.doc.select("main script:not([src=/js/live.js]), main img, main b")).isEmpty();
        assertThat(page.text()).contains("<script>alert(1)</script>", "<img src=x onerror=alert(3)>",
                "1. Questions <script>alert(2)</script>", "a) noted <b>this</b>");
    }

    @Test
    void anUnknownMeetingOrBodyGetsAFriendlyNotFoundPage() {
        for (String path : List.of("/public/meetings/987654321", "/public/bodies/987654321", "/public/meetings/abc",
                "/public/nothing/here")) {
            Page page = get(path);
            assertThat(page.status).as(path).isEqualTo(404);
            assertThat(page.doc.select("main h1").text()).as(path).isEqualTo("Page not found");
            assertThat(page.doc.title()).as(path).isEqualTo("Page not found — Minutebook");
            assertThat(page.html).as(path).doesNotContain("Exception", "at org.");
        }
    }

    @Test
    void readingThePortalStartsNoSession() {
        long meeting = scheduleHwbMeeting();
        AsUser.run("clerk", Role.CLERK, () -> {
            meetings.addItem(meeting, details("Better Care Fund"));
            meetings.publishAgenda(meeting);
        });
        for (String path : List.of("/", "/public/bodies/" + body(HWB).getId(), "/public/meetings/" + meeting,
                "/public/meetings/987654321", "/public/nothing/here", "/css/public.css")) {
            Page page = get(path);
            assertThat(page.status).as(path).isIn(200, 404);
            assertThat(page.setCookies).as(path).isEmpty();
        }
    }

    // ------------------------------------------------------------------------------------------------

    private void assertNoSecrets(Page page) {
        assertThat(page.html).doesNotContain(SECRET_SUMMARY, SECRET_RECOMMENDATION, SECRET_PAPER, "Procurement lead",
                "Acme", "40000");
    }

    private long scheduleHwbMeeting() {
        long hwb = body(HWB).getId();
        return AsUser.as("clerk", Role.CLERK, () -> meetings.schedule(hwb, Instant.now().plus(Duration.ofDays(30)),
                "County Hall, Chichester", 1, false).getId());
    }

    private Body body(String name) {
        return people.bodyNamed(name).orElseThrow();
    }

    private static ItemDetails details(String title) {
        var d = new ItemDetails();
        d.setTitle(title);
        d.setSummary("The attached report explains the context.");
        d.setRecommendationsIntro("The Board is asked to:");
        d.setRecommendations("note the report\nagree the next steps");
        return d;
    }

    private Page get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body(), response.headers().allValues("set-cookie"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final class Page {
        final int status;
        final String html;
        final List<String> setCookies;
        final Document doc;

        Page(int status, String html, List<String> setCookies) {
            this.status = status;
            this.html = html;
            this.setCookies = setCookies;
            this.doc = Jsoup.parse(html);
        }

        /** What a visitor reads in the main content, whitespace collapsed. */
        String text() {
            return doc.select("main").text();
        }
    }
}
