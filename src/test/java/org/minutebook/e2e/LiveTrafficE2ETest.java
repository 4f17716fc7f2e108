package org.minutebook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.testsupport.AsUser.as;
import static org.minutebook.testsupport.AsUser.run;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocket;
import com.microsoft.playwright.WebSocketFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import jakarta.servlet.ServletContext;
import org.minutebook.live.MeetingChannel;
import org.minutebook.live.PushWrites;
import org.minutebook.meeting.AgendaItem;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.ItemDetails;
import org.minutebook.meeting.MeetingService;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.testsupport.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What following a live meeting costs a participant on the wire, measured in Chromium: the bytes of push frames
 * that reach a member's live view for each paragraph the clerk records. And a closed tab lets go of its place in
 * the meeting at once (Vaadin's unload beacon closes the UI), not minutes later.
 */
class LiveTrafficE2ETest extends BrowserTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    ChairService chair;
    @Autowired
    MinutesService minutes;
    @Autowired
    PeopleService people;
    @Autowired
    MeetingChannel channel;
    @Autowired
    ServletContext servletContext;

    @Test
    void bytesPushedToAParticipantPerRecordedParagraphAndAClosedTabIsReleased() throws Exception {
        long board = people.bodyNamed("West Sussex Health and Wellbeing Board").orElseThrow().getId();
        long meeting = as("clerk", Role.CLERK, () -> meetings.schedule(board, null, "County Hall, Chichester", 1, false)).getId();
        var d = new ItemDetails();
        d.setTitle("Better Care Fund plan");
        AgendaItem item = as("clerk", Role.CLERK, () -> meetings.addItem(meeting, d));
        var d2 = new ItemDetails();
        d2.setTitle("Pharmaceutical needs assessment");
        as("clerk", Role.CLERK, () -> meetings.addItem(meeting, d2));
        run("clerk", Role.CLERK, () -> meetings.publishAgenda(meeting));
        run("chair", Role.MEMBER, () -> {
            chair.openMeeting(meeting);
            chair.openItem(item.getId());
        });
        // Some record already there, as in a meeting under way: an update must not resend it.
        for (int i = 0; i < 10; i++) {
            String text = "Earlier paragraph " + i + ": the Board discussed the fund's spending plan for the year.";
            run("clerk", Role.CLERK, () -> minutes.addParagraph(item.getId(), text));
        }

        Page member = signedIn("member");
        AtomicLong pushed = new AtomicLong();
        List<Integer> frames = new ArrayList<>();
        member.onWebSocket((WebSocket ws) -> ws.onFrameReceived((WebSocketFrame f) -> {
            int size = f.text() != null ? f.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length : f.binary().length;
            pushed.addAndGet(size);
            synchronized (frames) {
                frames.add(size);
            }
        }));
        member.navigate(url("/meetings/" + meeting + "/live"));
        assertThat(member.getByText("Earlier paragraph 9", new Page.GetByTextOptions().setExact(false))).isVisible();
        member.waitForTimeout(1_000);
        assertThat(channel.viewerCount(meeting)).isEqualTo(1);

        int n = 20;
        // A typical minute: one sentence of about 120 characters.
        String sentence = "Members asked how the plan would reduce delayed discharges and were told the figures would come to the next meeting.";
        long before = pushed.get();
        long writesBefore = PushWrites.completedTasks(servletContext);
        synchronized (frames) {
            frames.clear();
        }
        for (int i = 0; i < n; i++) {
            String text = "Point " + i + ". " + sentence;
            run("clerk", Role.CLERK, () -> minutes.addParagraph(item.getId(), text));
            assertThat(member.getByText("Point " + i + ". ", new Page.GetByTextOptions().setExact(false))).isVisible();
        }
        member.waitForTimeout(500);
        long perParagraph = (pushed.get() - before) / n;
        System.out.printf("Bytes pushed to a participant's live view per recorded paragraph (%d characters of text, "
                        + "meeting of 1 open item with %d paragraphs): %d bytes (%d frames for %d paragraphs)%n",
                sentence.length() + 10, 10 + n, perParagraph, frames.size(), n);
        // The update carries the new paragraph, not its whole item again: redrawing the item cost 25.7 KB a paragraph here.
        assertThat(perParagraph).isLessThan(5_000);
        // The pushes went out through Minutebook's write pool, which Atmosphere took in place of its own (one task
        // writes a viewer's pushes while they come less than 100 ms apart, so there are fewer tasks than pushes).
        assertThat(PushWrites.completedTasks(servletContext) - writesBefore).isPositive();

        member.close(new Page.CloseOptions().setRunBeforeUnload(true));
        long deadline = System.currentTimeMillis() + 10_000;
        while (channel.viewerCount(meeting) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(channel.viewerCount(meeting)).as("views of the meeting after the tab closed").isZero();
    }
}
