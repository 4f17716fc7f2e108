package org.minutebook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.testsupport.AsUser.as;
import static org.minutebook.testsupport.AsUser.run;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minutebook.meeting.AgendaItem;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.ItemDetails;
import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.MeetingService;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.testsupport.BrowserTest;
import org.minutebook.testsupport.TcpProxy;
import org.springframework.beans.factory.annotation.Autowired;

/** The public live page in Chromium: updates without a reload, exempt text never sent, and a real reconnect. */
class PublicLivePageE2ETest extends BrowserTest {

    static final String SECRET = "Tender prices from three named care providers";

    @Autowired
    MeetingService meetings;
    @Autowired
    ChairService chair;
    @Autowired
    MinutesService minutes;
    @Autowired
    PeopleService people;

    Meeting meeting;
    AgendaItem first;
    AgendaItem exempt;

    @BeforeEach
    void aLiveMeeting() {
        long board = people.bodyNamed("West Sussex Health and Wellbeing Board").orElseThrow().getId();
        meeting = as("clerk", Role.CLERK, () -> meetings.schedule(board, null, "County Hall, Chichester", 1, false));
        first = as("clerk", Role.CLERK, () -> meetings.addItem(meeting.getId(), details("Better Care Fund plan", false)));
        exempt = as("clerk", Role.CLERK, () -> meetings.addItem(meeting.getId(), details("Care home contracts", true)));
        run("clerk", Role.CLERK, () -> meetings.publishAgenda(meeting.getId()));
        run("chair", Role.MEMBER, () -> {
            chair.openMeeting(meeting.getId());
            chair.openItem(first.getId());
        });
    }

    @Test
    void theVisitorSeesEachMinuteAsItIsSavedAndNeverTheExemptText() {
        Page visitor = newVisitor();
        visitor.navigate(url("/public/meetings/" + meeting.getId()));
        assertThat(visitor.getByText("Live: updates appear as they are recorded.")).isVisible();
        assertThat(visitor.locator(".current-item")).hasText("Now: 1. Better Care Fund plan");

        run("clerk", Role.CLERK, () -> minutes.addParagraph(first.getId(), "The Director presented the plan:\n\n- spending rises\n- targets hold"));
        assertThat(visitor.locator("#item-" + first.getId() + " .para-number")).hasText("1.1");
        assertThat(visitor.locator("#item-" + first.getId() + " li").first()).hasText("spending rises");
        // The next minute of the item arrives on its own and lands after the first, numbered.
        run("clerk", Role.CLERK, () -> minutes.addParagraph(first.getId(), "Members asked how the targets would be met."));
        assertThat(visitor.locator("#item-" + first.getId() + " .para-number")).hasText(new String[] {"1.1", "1.2"});
        assertThat(visitor.locator("#item-" + first.getId() + " .para").last()).containsText("how the targets would be met");

        run("chair", Role.MEMBER, () -> chair.openItem(exempt.getId()));
        run("clerk", Role.CLERK, () -> minutes.addParagraph(exempt.getId(), SECRET));
        // Opening the exempt item put the public resolution excluding the press and public before it (item 2).
        assertThat(visitor.locator(".current-item")).hasText("Now: 3. Care home contracts");
        assertThat(visitor.locator("#item-" + exempt.getId())).containsText("Schedule 12A");
        assertThat(visitor.getByText("paragraph 3 of Part 1 of Schedule 12A of the Act", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertAccessible(visitor);
        screenshot(visitor, "public-live-page");
        assertThat(visitor.content()).doesNotContain(SECRET);
    }

    @Test
    void afterTheConnectionIsCutAndRestoredThePageCatchesUpWithoutAReload() throws Exception {
        try (TcpProxy proxy = new TcpProxy(port)) {
            Page visitor = newVisitor();
            visitor.navigate("http://localhost:" + proxy.port() + "/public/meetings/" + meeting.getId());
            assertThat(visitor.getByText("Live: updates appear as they are recorded.")).isVisible();
            run("clerk", Role.CLERK, () -> minutes.addParagraph(first.getId(), "First point."));
            assertThat(visitor.getByText("First point.")).isVisible();

            proxy.cut();
            assertThat(visitor.getByText("Connection lost: reconnecting…")).isVisible();
            run("clerk", Role.CLERK, () -> minutes.addParagraph(first.getId(), "Second point, while the visitor was away."));
            run("clerk", Role.CLERK, () -> minutes.addParagraph(first.getId(), "Third point."));
            assertThat(visitor.getByText("Second point")).hasCount(0);

            proxy.restore();
            assertThat(visitor.getByText("Second point, while the visitor was away.")).isVisible();
            assertThat(visitor.getByText("Third point.")).isVisible();
            assertThat(visitor.locator("#item-" + first.getId() + " .para-number")).hasText(new String[] {"1.1", "1.2", "1.3"});
            assertThat(visitor.getByText("Live: updates appear as they are recorded.")).isVisible();
        }
    }

    private static ItemDetails details(String title, boolean isExempt) {
        ItemDetails d = new ItemDetails();
        d.setTitle(title);
        d.setExempt(isExempt);
        if (isExempt) {
            d.setExemptParagraph(3);
            d.setSummary(SECRET);
        }
        return d;
    }
}
