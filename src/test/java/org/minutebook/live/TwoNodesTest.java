package org.minutebook.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.testsupport.AsUser.as;
import static org.minutebook.testsupport.AsUser.run;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minutebook.MinutebookApplication;
import org.minutebook.meeting.AgendaItem;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.ItemDetails;
import org.minutebook.meeting.MeetingService;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.testsupport.MinutebookTest;
import org.minutebook.testsupport.SseEvents;
import org.minutebook.testsupport.SseEvents.Event;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two app nodes on one PostgreSQL database: the shared test context is node A; node B is a second instance of
 * the whole application started here on its own port, with its own connection pool, that neither cleans nor
 * migrates the schema nor loads demo data. A minute recorded on one node must reach the views and the public
 * stream open on the other, through LISTEN/NOTIFY only.
 */
@MinutebookTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest {

    @LocalServerPort
    int portA;
    @Autowired
    MeetingService meetings;
    @Autowired
    ChairService chair;
    @Autowired
    MinutesService minutesA;
    @Autowired
    PeopleService people;
    @Autowired
    MeetingChannel channelA;
    @Autowired
    NodeRelay relayA;
    @Autowired
    DataSource dataSourceA;

    ConfigurableApplicationContext nodeB;
    int portB;
    MinutesService minutesB;
    MeetingChannel channelB;
    NodeRelay relayB;

    final HttpClient http = HttpClient.newHttpClient();
    final List<AutoCloseable> open = new ArrayList<>();
    long meeting;
    AgendaItem item;


    /** Node B's security set-up replaces the JVM-wide holder strategy; the shared context's tests need theirs back. */
    private SecurityContextHolderStrategy strategyOfNodeA;

    @BeforeAll
    void startNodeB() {
        strategyOfNodeA = SecurityContextHolder.getContextHolderStrategy();
        // Command-line arguments outrank application-test.properties: node B must not clean the schema node A uses.
        nodeB = new SpringApplicationBuilder(MinutebookApplication.class)
                .profiles("test")
                .run("--server.port=0",
                        "--spring.flyway.enabled=false",
                        "--minutebook.demo-data=false",
                        "--spring.modulith.events.republish-outstanding-events-on-restart=false",
                        "--spring.datasource.hikari.pool-name=node-b",
                        "--spring.datasource.hikari.maximum-pool-size=4");
        portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
        minutesB = nodeB.getBean(MinutesService.class);
        channelB = nodeB.getBean(MeetingChannel.class);
        relayB = nodeB.getBean(NodeRelay.class);
        assertThat(portB).isNotEqualTo(portA);
        assertThat(relayA.isActive()).isTrue();
        assertThat(relayB.isActive()).isTrue();
        assertThat(relayB.node()).isNotEqualTo(relayA.node());
    }

    @AfterAll
    void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
        SecurityContextHolder.setContextHolderStrategy(strategyOfNodeA);
    }

    @BeforeEach
    void aLiveMeeting() {
        long board = people.bodyNamed("West Sussex Health and Wellbeing Board").orElseThrow().getId();
        meeting = as("clerk", Role.CLERK, () -> meetings.schedule(board, null, null, 1, false)).getId();
        var d = new ItemDetails();
        d.setTitle("Better Care Fund");
        item = as("clerk", Role.CLERK, () -> meetings.addItem(meeting, d));
        run("clerk", Role.CLERK, () -> meetings.publishAgenda(meeting));
        run("chair", Role.MEMBER, () -> {
            chair.openMeeting(meeting);
            chair.openItem(item.getId());
        });
    }

    @AfterEach
    void closeStreamsAndViews() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        open.clear();
    }

    @Test
    void aMinuteRecordedOnOneNodeReachesTheViewsAndPublicStreamsOfTheOther() throws Exception {
        BlockingQueue<LiveUpdate> viewOnB = follow(channelB);
        BlockingQueue<Event> streamOnB = stream(portB);
        BlockingQueue<LiveUpdate> viewOnA = follow(channelA);
        BlockingQueue<Event> streamOnA = stream(portA);
        long receivedA = relayA.received();
        long receivedB = relayB.received();

        // A → B
        String fromA = "The Director of Public Health presented the report (node A).";
        run("clerk", Role.CLERK, () -> minutesA.addParagraph(item.getId(), fromA));
        assertThat(has(next(viewOnB, u -> has(u, fromA)), fromA)).isTrue();
        assertThat(next(streamOnB, e -> e.data().contains(fromA)).data()).contains("1.1");
        Thread.sleep(300);
        // The clerk's own node pushed it to its view once, though it hears its own notification too.
        assertThat(drain(viewOnA)).filteredOn(u -> has(u, fromA)).hasSize(1);
        assertThat(relayA.received() - receivedA).as("changes node A took in from elsewhere").isZero();
        assertThat(relayB.received() - receivedB).as("changes node B took in from elsewhere").isEqualTo(1);

        // B → A
        String fromB = "Members asked about waiting times (node B).";
        run("clerk", Role.CLERK, () -> minutesB.addParagraph(item.getId(), fromB));
        assertThat(paragraphs(next(viewOnA, u -> has(u, fromB)).insiderRecord())).contains(fromA).contains(fromB);
        assertThat(next(streamOnA, e -> e.data().contains(fromB)).data()).contains("1.2");
        Thread.sleep(300);
        assertThat(drain(viewOnB)).filteredOn(u -> has(u, fromB)).hasSize(1);
        assertThat(relayA.received() - receivedA).as("changes node A took in from elsewhere").isEqualTo(1);
        assertThat(relayB.received() - receivedB).as("changes node B took in from elsewhere").isEqualTo(1);
    }

    private static List<LiveUpdate> drain(BlockingQueue<LiveUpdate> queue) {
        List<LiveUpdate> all = new ArrayList<>();
        queue.drainTo(all);
        return all;
    }

    @Test
    void aNodeThatLostItsListeningConnectionReconnectsAndCatchesUp() throws Exception {
        BlockingQueue<LiveUpdate> viewOnB = follow(channelB);
        int backend = relayB.listenerBackend();
        assertThat(backend).isPositive();

        // The database drops node B's listening connection (a restart, a network cut, an administrator)...
        new JdbcTemplate(dataSourceA).queryForObject("select pg_terminate_backend(?)", Boolean.class, backend);
        // ... and a minute is recorded on node A while node B is not listening.
        String meanwhile = "Recorded while node B was reconnecting.";
        run("clerk", Role.CLERK, () -> minutesA.addParagraph(item.getId(), meanwhile));

        assertThat(paragraphs(next(viewOnB, u -> has(u, meanwhile)).insiderRecord())).contains(meanwhile);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while ((relayB.listenerBackend() == 0 || relayB.listenerBackend() == backend) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(relayB.listenerBackend()).as("node B listens on a new connection").isPositive().isNotEqualTo(backend);

        // And what is recorded after that arrives as before.
        String after = "Recorded after node B reconnected.";
        run("clerk", Role.CLERK, () -> minutesA.addParagraph(item.getId(), after));
        assertThat(paragraphs(next(viewOnB, u -> has(u, after)).insiderRecord())).contains(meanwhile).contains(after);
    }

    @Test
    void crossNodeLatencyIsPrinted() throws Exception {
        BlockingQueue<LiveUpdate> viewOnA = follow(channelA);
        BlockingQueue<LiveUpdate> viewOnB = follow(channelB);
        BlockingQueue<Event> streamOnB = stream(portB);
        int n = 30;
        long[] local = new long[n];
        long[] toView = new long[n];
        long[] toStream = new long[n];
        for (int i = 0; i < n; i++) {
            String text = "Paragraph " + i + " recorded on node A.";
            run("clerk", Role.CLERK, () -> minutesA.addParagraph(item.getId(), text));
            long saved = System.nanoTime();
            int k = i;
            // Three listeners at once, each timed when it receives: the same node's view, the other node's view and stream.
            Thread onA = Thread.ofPlatform().start(() -> local[k] = waitFor(viewOnA, u -> has(u, text), saved));
            Thread onB = Thread.ofPlatform().start(() -> toView[k] = waitFor(viewOnB, u -> has(u, text), saved));
            toStream[i] = waitFor(streamOnB, e -> e.data().contains(text), saved);
            onA.join();
            onB.join();
            assertThat(local[i]).isPositive();
            assertThat(toView[i]).isPositive();
            Thread.sleep(50);
        }
        System.out.printf("Live latency, clerk's save returned on node A -> received (%d paragraphs, 50 ms apart, so each goes at once):%n"
                        + "  view on node A (same node): %s%n  view on node B:             %s%n  public stream on node B:    %s%n",
                n, summary(local), summary(toView), summary(toStream));
    }

    private static <T> long waitFor(BlockingQueue<T> queue, Predicate<T> wanted, long since) {
        try {
            next(queue, wanted);
            return System.nanoTime() - since;
        } catch (InterruptedException | AssertionError e) {
            return -1;
        }
    }

    private static String summary(long[] nanos) {
        long[] ms = Arrays.stream(nanos).map(v -> TimeUnit.NANOSECONDS.toMicros(v)).sorted().toArray();
        return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms", ms[ms.length / 2] / 1000.0,
                ms[(int) Math.ceil(ms.length * 0.95) - 1] / 1000.0, ms[ms.length - 1] / 1000.0);
    }

    // ---------------------------------------------------------------- a view and a browser, as the nodes see them

    /** Subscribes as an open Vaadin view of the meeting does (LiveMeetingView#onAttach). */
    private BlockingQueue<LiveUpdate> follow(MeetingChannel channel) {
        BlockingQueue<LiveUpdate> updates = new LinkedBlockingQueue<>();
        var subscription = channel.subscribe(meeting, "member", updates::add);
        open.add(subscription::cancel);
        return updates;
    }

    private static boolean has(LiveUpdate u, String text) {
        return paragraphs(u.insiderRecord()).contains(text);
    }

    /** The record's minutes as HTML, as a view renders them. */
    private static String paragraphs(MeetingRecord record) {
        return String.join("\n", record.items().stream().flatMap(i -> i.paragraphs().stream()).map(MeetingRecord.Paragraph::html).toList());
    }

    /** The public live page's EventSource, over HTTP to the given node. */
    private BlockingQueue<Event> stream(int port) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/public/meetings/" + meeting + "/stream"))
                .header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        Stream<String> lines = response.body();
        open.add(lines::close);
        return SseEvents.readInBackground(lines);
    }

    private static <T> T next(BlockingQueue<T> queue, Predicate<T> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            T e = queue.poll(100, TimeUnit.MILLISECONDS);
            if (e != null && wanted.test(e)) {
                return e;
            }
        }
        throw new AssertionError("Nothing wanted arrived within 10 s");
    }
}
