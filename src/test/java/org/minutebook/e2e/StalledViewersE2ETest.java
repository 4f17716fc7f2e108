package org.minutebook.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.testsupport.AsUser.as;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minutebook.bench.VaadinClient;
import org.minutebook.live.PublicStreams;
import org.minutebook.live.PushWrites;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.MeetingService;
import org.minutebook.minutes.MinuteParagraph;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.room.LiveBoardMeeting;
import org.minutebook.testsupport.DemoAccounts;
import org.minutebook.testsupport.MinutebookTest;
import org.minutebook.testsupport.SseEvents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * (An end-to-end test because the participant's live view is served from the production bundle that the package
 * phase builds.)
 *
 * <p>A viewer whose connection stops taking data (a laptop closed, a phone out of signal, mid-meeting) holds up nobody
 * else: every other participant and public viewer gets each paragraph as it is saved, while the server's writes to
 * the stalled one wait, on their own thread.
 */
@MinutebookTest
class StalledViewersE2ETest {

    /**
     * The clerk edits one paragraph up to this many times while one viewer reads nothing, each version ~19 KB (the
     * record stays one paragraph long, but each push carries the whole paragraph): up to 11 MB, more than a
     * connection's buffers hold (the server's send buffer alone may grow to 4 MB here).
     */
    static final int MAX_VERSIONS = 600;
    static final String FILLER = " The Board noted the figures for each locality in turn.".repeat(350);
    /**
     * How long another viewer may take to get a version. A write to a stalled participant waits up to 60 s for the
     * connection (Atmosphere's write timeout), so a viewer held up behind one would miss this by far.
     */
    static final long EACH_WITHIN_SECONDS = 5;

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

    LiveBoardMeeting meeting;
    final List<AutoCloseable> open = new ArrayList<>();

    @BeforeEach
    void aLiveMeeting() {
        meeting = LiveBoardMeeting.start(meetings, chair, people);
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    @Test
    void aParticipantWhoseConnectionStallsHoldsUpNoOtherParticipant() throws Exception {
        String route = meeting.liveRoute();
        VaadinClient stalled = new VaadinClient(HttpClient.newHttpClient(), base(), m -> { });
        open.add(stalled::close);
        stalled.signIn("member", DemoAccounts.PASSWORD);
        stalled.open(route, true);
        BlockingQueue<String> pushes = new LinkedBlockingQueue<>();
        VaadinClient following = new VaadinClient(HttpClient.newHttpClient(), base(), pushes::add);
        open.add(following::close);
        following.signIn("chair", DemoAccounts.PASSWORD);
        following.open(route, true);

        stalled.stopReading();
        int versions = editUntil(PushWrites::aWriterStaysWaiting,
                text -> awaitMatching(pushes, m -> m.contains(text)));
        // The stall was real: the server's write to that participant waits on its connection, on its own thread.
        assertThat(PushWrites.aWriterStaysWaiting())
                .as("a push writer waits on a connection after %d versions", versions).isTrue();
        System.out.printf("A participant stopped reading: its push writer was waiting after %d versions of ~19 KB;"
                + " the other participant got every version within %d s%n", versions, EACH_WITHIN_SECONDS);
    }

    @Test
    void aPublicViewerWhoseConnectionStallsHoldsUpNoOneAndIsLetGo() throws Exception {
        // A raw connection that asks for the stream and then reads nothing, with as small a window as it may have.
        Socket raw = new Socket();
        open.add(raw);
        raw.setReceiveBufferSize(1024);
        raw.connect(new InetSocketAddress("127.0.0.1", port));
        OutputStream out = raw.getOutputStream();
        out.write(("GET /public/meetings/" + meeting.id() + "/stream HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        Stream<String> lines = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base() + "/public/meetings/" + meeting.id() + "/stream")).build(),
                HttpResponse.BodyHandlers.ofLines()).body();
        open.add(lines::close);
        BlockingQueue<SseEvents.Event> events = SseEvents.readInBackground(lines);
        long deadline = System.currentTimeMillis() + 10_000;
        while (streams.viewers(meeting.id()) < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(streams.viewers(meeting.id())).as("public streams open").isEqualTo(2);

        int versions = editUntil(() -> streams.viewers(meeting.id()) < 2,
                text -> awaitMatching(events, e -> e.data().contains(text)));
        // The stalled viewer fell behind and was let go (its browser would reconnect and be sent what it missed).
        assertThat(streams.viewers(meeting.id()))
                .as("public streams still open after %d versions", versions).isEqualTo(1);
        System.out.printf("A public viewer stopped reading: let go after %d versions of ~19 KB;"
                + " the other viewer got every version within %d s%n", versions, EACH_WITHIN_SECONDS);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    interface Check {
        boolean holds(String text) throws InterruptedException;
    }

    /**
     * The clerk saves new versions of one paragraph, and after each checks that the following viewer got it, until
     * {@code stalled} (or {@link #MAX_VERSIONS}); returns how many versions were saved.
     */
    private int editUntil(BooleanSupplier stalled, Check followerGot) throws InterruptedException {
        long itemId = meeting.fund().getId();
        MinuteParagraph[] p = {as("clerk", Role.CLERK, () -> minutes.addParagraph(itemId, "Version 0." + FILLER))};
        int i = 0;
        while (!stalled.getAsBoolean() && i < MAX_VERSIONS) {
            i++;
            String text = "Version " + i + "." + FILLER;
            p[0] = as("clerk", Role.CLERK, () -> minutes.updateParagraph(p[0].getId(), p[0].getVersion(), text));
            assertThat(followerGot.holds("Version " + i + ". The Board"))
                    .as("the following viewer got version %d within %d s", i, EACH_WITHIN_SECONDS).isTrue();
        }
        return i;
    }

    /** Whether a message the viewer receives within {@link #EACH_WITHIN_SECONDS} matches. */
    private static <T> boolean awaitMatching(BlockingQueue<T> received, Predicate<T> matches)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(EACH_WITHIN_SECONDS);
        T m;
        while ((m = received.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) {
            if (matches.test(m)) {
                return true;
            }
        }
        return false;
    }
}
