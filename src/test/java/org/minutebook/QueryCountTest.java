package org.minutebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.testsupport.AsUser.as;
import static org.minutebook.testsupport.AsUser.run;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minutebook.actions.Action;
import org.minutebook.actions.ActionFilter;
import org.minutebook.actions.ActionService;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.ItemDetails;
import org.minutebook.meeting.MeetingService;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.minutes.MeetingView;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.Body;
import org.minutebook.people.BodyKind;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.room.LiveMeetingView;
import org.minutebook.testsupport.MinutebookTest;
import org.minutebook.testsupport.StatementCounter;
import org.minutebook.testsupport.StatementCounter.Counted;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * No N+1 queries: opening a meeting of 30 items and 300 paragraphs, and a page of a body's 10,000 actions, runs a
 * handful of SQL statements — about as many as for a meeting of 2 items or a body of 10 actions.
 */
@MinutebookTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryCountTest extends SpringBrowserlessTest {

    @LocalServerPort
    int port;
    @Autowired
    MeetingService meetings;
    @Autowired
    ChairService chair;
    @Autowired
    MinutesService minutes;
    @Autowired
    PeopleService people;
    @Autowired
    ActionService actions;
    @Autowired
    JdbcTemplate jdbc;

    long big;
    long small;
    long crowdedBody;

    @BeforeAll
    void meetingsAndActions() throws InterruptedException {
        long board = people.bodyNamed("West Sussex Health and Wellbeing Board").orElseThrow().getId();
        big = liveMeeting(board, 30, 10);
        small = liveMeeting(board, 2, 2);

        crowdedBody = as("admin", Role.ADMIN, () -> people.saveBody(new Body("Query Count Board " + System.nanoTime(), BodyKind.BOARD))).getId();
        // 10,000 actions written in one batch: through the service this would take minutes and prove nothing more.
        jdbc.batchUpdate("insert into action (body_id, description, due_kind, due_date, status) values (?, ?, 'DATE', ?, 'OPEN')",
                java.util.stream.IntStream.range(0, 10_000).mapToObj(i -> new Object[] {crowdedBody, "Action " + i,
                        LocalDate.of(2027, 1, 1).plusDays(i % 365)}).toList());
        // Let the live layer finish pushing what the set-up changed before anything is counted.
        Thread.sleep(500);
    }

    @AfterAll
    void removeActions() {
        jdbc.update("delete from action where body_id = ?", crowdedBody);
    }

    private long liveMeeting(long body, int items, int paragraphsPerItem) {
        long id = as("clerk", Role.CLERK, () -> {
            long m = meetings.schedule(body, null, "County Hall, Chichester", 1, false).getId();
            for (int i = 0; i < items; i++) {
                var d = new ItemDetails();
                d.setTitle("Item " + i);
                d.setSummary("Summary of item " + i);
                d.setRecommendationsIntro("The Board is asked to:");
                d.setRecommendations("1) note the report\n2) agree the plan");
                long itemId = meetings.addItem(m, d).getId();
                meetings.addPaper(itemId, "Report " + i, "Director", "Text of the report.");
            }
            meetings.publishAgenda(m);
            return m;
        });
        var itemIds = meetings.itemsOf(id).stream().map(i -> i.getId()).toList();
        run("chair", Role.MEMBER, () -> {
            chair.openMeeting(id);
            chair.openItem(itemIds.getFirst());
        });
        run("clerk", Role.CLERK, () -> {
            for (long itemId : itemIds) {
                for (int p = 0; p < paragraphsPerItem; p++) {
                    if (p == paragraphsPerItem - 1) {
                        minutes.addResolution(itemId, null, List.of("note the report", "agree the plan", "ask for an update"));
                    } else {
                        minutes.addParagraph(itemId, "Paragraph " + p + " of item " + itemId + ": members discussed the report.");
                    }
                }
            }
        });
        return id;
    }

    @Test
    void theRecordOfAMeetingIsReadInAFewStatementsHoweverLongItIs() {
        Counted<MeetingRecord> bigRecord = StatementCounter.onThisThread(() -> as("member", Role.MEMBER, () -> minutes.record(big)));
        Counted<MeetingRecord> smallRecord = StatementCounter.onThisThread(() -> as("member", Role.MEMBER, () -> minutes.record(small)));
        report("MinutesService.record, 30 items / 300 paragraphs", bigRecord, smallRecord);

        assertThat(bigRecord.result().items()).hasSize(30);
        assertThat(bigRecord.result().items()).allSatisfy(i -> assertThat(i.paragraphs()).hasSize(10));
        assertThat(bigRecord.result().items().getFirst().recommendations()).hasSize(2);
        assertThat(bigRecord.count()).isLessThanOrEqualTo(smallRecord.count()).isLessThanOrEqualTo(10);
    }

    @Test
    @WithMockUser(username = "member", roles = "MEMBER")
    void aMemberOpensTheMeetingViewAndTheLiveViewInAFewStatements() {
        Counted<MeetingView> bigView = StatementCounter.onThisThread(() -> navigate("meetings/" + big, MeetingView.class));
        Counted<MeetingView> smallView = StatementCounter.onThisThread(() -> navigate("meetings/" + small, MeetingView.class));
        report("Vaadin MeetingView, 30 items / 300 paragraphs", bigView, smallView);
        // The count must not grow with the meeting (no N+1). Its size is mostly CurrentViewer reading the account,
        // memberships and person again for each service call (4 statements each); the minutes lifecycle panel adds
        // its own reads of the sign-off and versions.
        assertThat(bigView.count()).isLessThanOrEqualTo(smallView.count()).isLessThanOrEqualTo(26);

        Counted<LiveMeetingView> bigLive = StatementCounter.onThisThread(() -> navigate("meetings/" + big + "/live", LiveMeetingView.class));
        Counted<LiveMeetingView> smallLive = StatementCounter.onThisThread(() -> navigate("meetings/" + small + "/live", LiveMeetingView.class));
        report("Vaadin LiveMeetingView, 30 items / 300 paragraphs", bigLive, smallLive);
        assertThat(bigLive.count()).isLessThanOrEqualTo(smallLive.count()).isLessThanOrEqualTo(40);
    }

    @Test
    void theMeetingsPublicPageIsServedInAFewStatements() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        get(http, "/public/meetings/" + small); // warm up: the first request initialises the web layer
        Counted<String> bigPage = StatementCounter.onAnyThread(() -> get(http, "/public/meetings/" + big));
        Counted<String> smallPage = StatementCounter.onAnyThread(() -> get(http, "/public/meetings/" + small));
        report("public meeting page, 30 items / 300 paragraphs", bigPage, smallPage);

        assertThat(bigPage.result()).contains("Item 29").contains("members discussed the report");
        // Includes the published minutes' latest version (one row) and the meeting's downloads, besides the record.
        assertThat(bigPage.count()).isLessThanOrEqualTo(smallPage.count()).isLessThanOrEqualTo(12);
    }

    @Test
    void aPageOfTenThousandActionsIsReadInAFewStatements() {
        Counted<Page<Action>> first = StatementCounter.onThisThread(() -> as("admin", Role.ADMIN,
                () -> actions.search(ofBody(crowdedBody), PageRequest.of(0, 50, Sort.by("id")))));
        Counted<Page<Action>> last = StatementCounter.onThisThread(() -> as("admin", Role.ADMIN,
                () -> actions.search(ofBody(crowdedBody), PageRequest.of(199, 50, Sort.by("id")))));
        report("ActionService.search page of 50 of 10,000 (first / last page)", first, last);

        assertThat(first.result().getTotalElements()).isEqualTo(10_000);
        assertThat(first.result().getContent()).hasSize(50).first().extracting(Action::getDescription).isEqualTo("Action 0");
        assertThat(last.result().getContent()).hasSize(50).last().extracting(Action::getDescription).isEqualTo("Action 9999");
        assertThat(first.result().getContent()).allSatisfy(a -> assertThat(a.getPlanLinks()).isEmpty());
        assertThat(first.count()).isLessThanOrEqualTo(6);
        assertThat(last.count()).isEqualTo(first.count());

        // The page is cut by the database through the index, not by reading every row.
        String plan = String.join("\n", jdbc.queryForList(
                "explain select * from action where body_id = ? order by id offset 9950 limit 50", String.class, crowdedBody));
        System.out.println("Plan of the last page:\n" + plan);
        assertThat(plan).contains("action_body_id");
    }

    private static ActionFilter ofBody(long bodyId) {
        return new ActionFilter(bodyId, Set.of(), null, null, null, null, false);
    }

    private static void report(String what, Counted<?> big, Counted<?> small) {
        System.out.printf("SQL statements: %s: %d (a small one: %d)%n", what, big.count(), small.count());
        big.statements().forEach(s -> System.out.println("    " + s));
    }

    private String get(HttpClient http, String path) {
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
