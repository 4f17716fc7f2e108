package org.minutebook.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.testsupport.AsUser.as;
import static org.minutebook.testsupport.AsUser.run;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
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
import org.minutebook.testsupport.MinutebookTest;
import org.minutebook.testsupport.SseEvents;
import org.minutebook.testsupport.SseEvents.Event;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public live page's event stream, read as a browser's EventSource would. */
@MinutebookTest
class PublicLiveStreamTest {

    static final String SECRET = "Tender prices from three named care providers";

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
    PublicStreams streams;

    final HttpClient http = HttpClient.newHttpClient();
    final List<Stream<String>> open = new ArrayList<>();
    Meeting meeting;
    AgendaItem open1;
    AgendaItem exempt;


    @BeforeEach
    void aLiveMeetingWithAnExemptItem() throws InterruptedException {
        long board = people.bodyNamed("West Sussex Health and Wellbeing Board").orElseThrow().getId();
        meeting = as("clerk", Role.CLERK, () -> meetings.schedule(board, null, null, 1, false));
        open1 = as("clerk", Role.CLERK, () -> meetings.addItem(meeting.getId(), details("Better Care Fund", false)));
        exempt = as("clerk", Role.CLERK, () -> meetings.addItem(meeting.getId(), details("Care contracts", true)));
        run("clerk", Role.CLERK, () -> meetings.publishAgenda(meeting.getId()));
        run("chair", Role.MEMBER, () -> {
            chair.openMeeting(meeting.getId());
            chair.openItem(open1.getId());
        });
        relayQuiet();
    }

    /**
     * Waits until the relay has passed the set-up's changes on. Otherwise the first paragraph saved by a test can
     * fall within the relay's coalescing window after "item opened" and go out together with it, as the whole
     * record (right for a burst, but not the step a test means to check); seen on a fast CI machine.
     */
    private void relayQuiet() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5_000;
        long seen = -1;
        long stableSince = System.currentTimeMillis();
        while (System.currentTimeMillis() < deadline) {
            long now = streams.latest(meeting.getId());
            if (now != seen) {
                seen = now;
                stableSince = System.currentTimeMillis();
            } else if (now > 0 && System.currentTimeMillis() - stableSince >= 200) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("The relay did not pass the set-up's changes on within 5 s");
    }

    @AfterEach
    void closeStreams() {
        open.forEach(Stream::close);
    }

    @Test
    void eachSavedParagraphReachesTheStreamNumberedAndExemptTextNever() throws Exception {
        String page = get("/public/meetings/" + meeting.getId());
        long seq = Long.parseLong(attr(page, "data-seq"));
        BlockingQueue<Event> events = listen("/public/meetings/" + meeting.getId() + "/stream?since=" + seq, null);

        run("clerk", Role.CLERK, () -> minutes.addParagraph(open1.getId(), "The Director presented the report."));
        Event added = next(events, "1.1");
        assertThat(added.name()).isEqualTo("item");
        assertThat(added.data()).contains("id=\"item-" + open1.getId() + "\"").contains("The Director presented the report.");

        // The next paragraph of the same item travels alone: the page keeps the first and adds 1.2.
        run("clerk", Role.CLERK, () -> minutes.addParagraph(open1.getId(), "Members asked about waiting times."));
        Event second = next(events, "1.2");
        assertThat(second.name()).isEqualTo("paragraphs");
        assertThat(second.data()).contains("data-item=\"item-" + open1.getId() + "\"", "data-keep=\"1\"",
                "Members asked about waiting times.").doesNotContain("The Director presented the report.");

        run("chair", Role.MEMBER, () -> chair.openItem(exempt.getId()));
        run("clerk", Role.CLERK, () -> minutes.addParagraph(exempt.getId(), SECRET));
        Event afterSecret = next(events, "Schedule 12A");
        assertThat(afterSecret.data()).doesNotContain(SECRET);
        // Whatever else came, none of it carried the exempt text.
        List<Event> rest = new ArrayList<>();
        events.drainTo(rest);
        assertThat(rest).noneMatch(e -> e.data().contains(SECRET));
    }

    @Test
    void aReconnectingBrowserResumesFromItsLastEventWithoutAGap() throws Exception {
        BlockingQueue<Event> first = listen("/public/meetings/" + meeting.getId() + "/stream", null);
        run("clerk", Role.CLERK, () -> minutes.addParagraph(open1.getId(), "First point."));
        Event seen = next(first, "First point.");
        open.forEach(Stream::close);

        // While the browser is away two more paragraphs are saved.
        run("clerk", Role.CLERK, () -> minutes.addParagraph(open1.getId(), "Second point."));
        Thread.sleep(100);
        run("clerk", Role.CLERK, () -> minutes.addParagraph(open1.getId(), "Third point."));

        BlockingQueue<Event> again = listen("/public/meetings/" + meeting.getId() + "/stream", seen.id());
        // Replayed one by one, or (if the server saw the stream close) the whole record at once: either way both.
        Event back = next(again, "Second point.");
        Event caughtUp = back.data().contains("Third point.") ? back : next(again, "Third point.");
        assertThat(caughtUp.data()).contains("1.3");
        assertThat(back.id()).isGreaterThan(seen.id());
    }

    @Test
    void aStreamOpenedWithoutAPositionStartsFromTheWholeRecord() throws Exception {
        run("clerk", Role.CLERK, () -> minutes.addParagraph(open1.getId(), "Recorded before anyone watched."));
        // Once the relay has passed the change on, a stream opened with no last event is sent the record as it is.
        relayQuiet();
        BlockingQueue<Event> events = listen("/public/meetings/" + meeting.getId() + "/stream", null);
        Event first = next(events, "Recorded before anyone watched.");
        assertThat(first.name()).isEqualTo("record");
        assertThat(first.data()).contains("1.1", "Better Care Fund");
    }

    @Test
    void aStreamOpenedFromAPageOlderThanAChangeNobodyWatchedIsSentTheWholeRecord() throws Exception {
        // The page is rendered; before its stream opens, the clerk saves a paragraph that no stream or view here
        // follows (so the relay does not read it).
        String page = get("/public/meetings/" + meeting.getId());
        long seq = Long.parseLong(attr(page, "data-seq"));
        run("clerk", Role.CLERK, () -> minutes.addParagraph(open1.getId(), "Saved while the page was loading."));
        relayQuiet();
        BlockingQueue<Event> events = listen("/public/meetings/" + meeting.getId() + "/stream?since=" + seq, null);
        Event first = next(events, "Saved while the page was loading.");
        assertThat(first.name()).isEqualTo("record");
    }

    private BlockingQueue<Event> listen(String path, Long lastEventId) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", Long.toString(lastEventId));
        }
        HttpResponse<Stream<String>> response = http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie")).as("no session per visitor").isEmpty();
        Stream<String> lines = response.body();
        open.add(lines);
        return SseEvents.readInBackground(lines);
    }

    private static Event next(BlockingQueue<Event> events, String containing) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Event e = events.poll(200, TimeUnit.MILLISECONDS);
            if (e != null && e.data().contains(containing)) {
                return e;
            }
        }
        throw new AssertionError("No event containing \"" + containing + "\" within 10 s");
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String attr(String html, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as(name + " on the live page").isTrue();
        return m.group(1);
    }

    private static ItemDetails details(String title, boolean exempt) {
        ItemDetails d = new ItemDetails();
        d.setTitle(title);
        d.setExempt(exempt);
        if (exempt) {
            d.setExemptParagraph(3);
            d.setSummary(SECRET);
        }
        return d;
    }
}
