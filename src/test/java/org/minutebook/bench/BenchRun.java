package org.minutebook.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The live-update benchmark (not a test: run by {@code bench/run}, never by {@code mvnw verify}).
 *
 * <p>Starts Minutebook's production jar on PostgreSQL with demo data and, beside it, the floor app (a bare Vaadin
 * counter view and a bare SSE broadcast, {@code floor/}) from the same jar; opens the demo board meeting live;
 * connects N signed-in participants to the live meeting view through {@link VaadinClient} and N anonymous
 * viewers to the public live stream through {@link SseViewers}; has the clerk record paragraphs through the
 * clerk's console (the same protocol client: "New paragraph", type, "Save" — so every save goes through the
 * console, MinutesService and the commit, exactly as a clerk's does) at a steady rate and in bursts; and for each
 * change measures save-returned → each viewer's receiving that paragraph's text. Floor and Minutebook are
 * measured alternately at each N, so the ratios compare like with like on a noisy machine.
 */
public final class BenchRun {

    static final String PASSWORD = "bench-password";

    // ---- options
    boolean quick;
    int[] vaadinCounts = {10, 100, 200, 500, 1000, 2000};
    int[] publicCounts = {100, 1000, 5000, 10000};
    /** Participants and public viewers on a second node while the clerk saves on the first; 0: no second node. */
    int crossNode = 100;
    int warmup = 30;
    int steady = 50;
    int bursts = 2;
    int burstSize = 10;
    double rate = 5;
    Duration limit = Duration.ofMinutes(10);
    int appPort = 8171;
    int floorPort = 8172;
    Path jar;
    Path floorClasses = Path.of("target", "bench-floor");
    Path resultsDir = Path.of("bench", "results");
    String jvm = "-Xmx2g";
    boolean jfr;
    String jfrSample = "10ms";
    boolean browserCheck = true;
    String db = "mb_bench_run";

    private long deadline;
    private final HttpClient[] clients = new HttpClient[4];
    private final ExecutorService clientPool = Executors.newFixedThreadPool(4);
    private final Map<String, Figures> results = new LinkedHashMap<>();
    /** Every open tab (viewers and the clerk), kept alive by {@link #heartbeats}. */
    private final List<VaadinClient> tabs = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService heartbeats =
            Executors.newSingleThreadScheduledExecutor(r -> {
                var t = new Thread(r, "heartbeats");
                t.setDaemon(true);
                return t;
            });
    private final List<String> notes = new ArrayList<>();
    private String browserResult = "not run";

    public static void main(String[] args) throws Exception {
        var run = new BenchRun();
        run.parse(args);
        run.run();
        System.exit(0);
    }

    void parse(String[] args) {
        for (String a : args) {
            String v = a.contains("=") ? a.substring(a.indexOf('=') + 1) : "";
            if (a.equals("--quick")) {
                quick = true;
                vaadinCounts = new int[] {10, 50};
                publicCounts = new int[] {100, 500};
                warmup = 15;
                steady = 20;
                bursts = 1;
                limit = Duration.ofMinutes(4);
                crossNode = 20;
            } else if (a.startsWith("--vaadin=")) {
                vaadinCounts = ints(v);
            } else if (a.startsWith("--public=")) {
                publicCounts = ints(v);
            } else if (a.startsWith("--cross-node=")) {
                crossNode = v.isBlank() ? 0 : Integer.parseInt(v);
            } else if (a.startsWith("--changes=")) {
                steady = Integer.parseInt(v);
            } else if (a.startsWith("--warmup=")) {
                warmup = Integer.parseInt(v);
            } else if (a.startsWith("--minutes=")) {
                limit = Duration.ofSeconds((long) (Double.parseDouble(v) * 60));
            } else if (a.startsWith("--jar=")) {
                jar = Path.of(v);
            } else if (a.startsWith("--port=")) {
                appPort = Integer.parseInt(v);
                floorPort = appPort + 1;
            } else if (a.startsWith("--jvm=")) {
                jvm = v;
            } else if (a.equals("--jfr")) {
                jfr = true;
            } else if (a.startsWith("--jfr=")) {
                // How often the recording samples each running thread: Java's "profile" 10 ms is too coarse to
                // see a change of a few milliseconds; 1ms is, at some cost in CPU.
                jfr = true;
                jfrSample = v;
            } else if (a.equals("--no-browser")) {
                browserCheck = false;
            } else {
                throw new IllegalArgumentException("Unknown option " + a);
            }
        }
        if (jar == null) {
            throw new IllegalArgumentException("--jar=<the packaged Minutebook jar> is required");
        }
    }

    private static int[] ints(String csv) {
        return csv.isBlank() ? new int[0] : Arrays.stream(csv.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    void run() throws Exception {
        long started = System.nanoTime();
        deadline = started + limit.toNanos();
        for (int i = 0; i < clients.length; i++) {
            clients[i] = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(clientPool)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
        }
        Files.createDirectories(resultsDir);
        Path logs = Files.createDirectories(Path.of("target", "bench"));
        int maxN = Math.max(Math.max(Arrays.stream(vaadinCounts).max().orElse(0), crossNode), 1);
        log("Resetting database " + db);
        resetDatabase();
        Map<String, String> env = Map.of("SPRING_PROFILES_ACTIVE", "postgres",
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/" + db,
                "SPRING_DATASOURCE_USERNAME", "postgres", "MINUTEBOOK_DEMO_DATA", "true");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> common = new ArrayList<>(List.of(java, "-Xss512k"));
        common.addAll(serverFlags());
        var appCommand = new ArrayList<>(common);
        // Collector pauses, with wall-clock times to set beside the slow changes in the logs.
        appCommand.add("-Xlog:gc:file=target/bench/minutebook-gc.log:time,uptime");
        if (jfr) {
            appCommand.add("-XX:FlightRecorderOptions:stackdepth=256");
            appCommand.add("-XX:StartFlightRecording=filename=target/bench/minutebook.jfr,settings=profile,dumponexit=true,"
                    + "jdk.ExecutionSample#period=" + jfrSample);
        }
        // Node B: the same jar on the same database, started once node A has loaded the demo data.
        var nodeBCommand = new ArrayList<>(common);
        nodeBCommand.addAll(List.of("-jar", jar.toString(), "--server.port=" + nodeBPort(), "--minutebook.demo-data=false"));
        appCommand.addAll(List.of("-jar", jar.toString(), "--server.port=" + appPort));
        var floorCommand = new ArrayList<>(common);
        floorCommand.add("-Xlog:gc:file=target/bench/floor-gc.log:time,uptime");
        floorCommand.addAll(List.of("-Dloader.path=" + floorClasses.toAbsolutePath(),
                "-Dloader.main=bench.floor.FloorApp", "-cp", jar.toString(),
                "org.springframework.boot.loader.launch.PropertiesLauncher", "--server.port=" + floorPort,
                "--spring.flyway.enabled=false", "--minutebook.demo-data=false",
                // It starts beside Minutebook, whose migrations may not have run yet: nothing of the schema to check.
                "--spring.jpa.hibernate.ddl-auto=none"));
        log("Starting Minutebook (" + jar + ") on port " + appPort + " and the floor app on port " + floorPort);
        try (var app = ServerProcess.launch("minutebook", appPort, appCommand, env, logs.resolve("minutebook.log"));
             var floorServer = ServerProcess.launch("floor", floorPort, floorCommand, env, logs.resolve("floor.log"))) {
            app.awaitReady("/login", Duration.ofMinutes(15));
            var meeting = setUp(maxN);
            try (var nodeB = crossNode <= 0 ? null
                    : ServerProcess.launch("minutebook node B", nodeBPort(), nodeBCommand, env, logs.resolve("minutebook-b.log"))) {
                floorServer.awaitReady("/floor/viewers", Duration.ofMinutes(10));
                if (nodeB != null) {
                    nodeB.awaitReady("/login", Duration.ofMinutes(10));
                }
                load(floorServer, app, nodeB, meeting);
            }
        }
        Path out = new Report(this).write(started);
        log("Wrote " + out);
    }

    private int nodeBPort() {
        return appPort + 2;
    }

    private void load(ServerProcess floorServer, ServerProcess app, ServerProcess nodeB, Meeting meeting) throws Exception {
        log((nodeB == null ? "Both servers" : "All three servers") + " up; the load phases have " + limit.toMinutes() + " min");
        deadline = System.nanoTime() + limit.toNanos();
        var appTarget = new AppTarget(app, meeting);
        // Each tab every 30 s, spread over the interval (the app's interval is 60 s; it closes a UI after three
        // missed beats).
        heartbeats.scheduleAtFixedRate(this::beat, 1, 1, TimeUnit.SECONDS);
        var floorTarget = new FloorTarget(floorServer);
        if (browserCheck) {
            browserResult = BrowserCheck.run(this, appTarget);
            log("Browser check: " + browserResult);
        }
        try {
            vaadinPhases(floorTarget, appTarget);
            ssePhases(floorTarget, appTarget);
            if (nodeB != null) {
                crossNodePhases(appTarget, new NodeBTarget(nodeB, appTarget));
            }
        } catch (Exception e) {
            // Whatever was measured before still goes in the report, with what stopped the run.
            notes.add("The run stopped early: " + e);
            e.printStackTrace();
        }
    }

    // ---------------------------------------------------------------- set-up

    record Meeting(long id, long bodyId, long itemId, List<String> participants) {
    }

    private void resetDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "")) {
            c.createStatement().execute("drop database if exists " + db + " with (force)");
            c.createStatement().execute("create database " + db);
        }
    }

    /**
     * Opens the demo board meeting live (agenda published, first item current) and creates one account per
     * participant, each a member of the board. Done in SQL before the run: the set-up is not what is measured.
     * The participants' passwords are hashed with BCrypt at the lowest cost so that signing 2,000 of them in does
     * not take the server minutes; the demo accounts keep their own hashes.
     */
    private Meeting setUp(int participants) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + db, "postgres", "")) {
            // The demo data is loaded in one transaction by a runner that starts after the server does.
            java.sql.ResultSet rs;
            long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (!(rs = c.createStatement().executeQuery(
                    "select id, body_id from meeting where status = 'SCHEDULED' order by starts_at desc limit 1")).next()) {
                if (System.nanoTime() > until) {
                    throw new IllegalStateException("No demo data after 5 minutes; see target/bench/minutebook.log");
                }
                sleep(1000);
            }
            long meetingId = rs.getLong(1);
            long bodyId = rs.getLong(2);
            rs = c.createStatement().executeQuery("select id from agenda_item where meeting_id = " + meetingId
                    + " and not exempt order by position desc limit 1");
            rs.next();
            long itemId = rs.getLong(1);
            c.createStatement().executeUpdate("update meeting set status = 'LIVE', agenda_status = 'PUBLISHED', "
                    + "current_item_id = " + itemId + " where id = " + meetingId);
            String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
            List<String> names = new ArrayList<>();
            c.setAutoCommit(false);
            try (var person = c.prepareStatement("insert into person(name) values (?)", new String[] {"id"});
                 var member = c.prepareStatement("insert into membership(person_id, body_id, role) values (?, ?, 'MEMBER')");
                 var account = c.prepareStatement("insert into user_account(username, display_name, password_hash, role, "
                         + "person_id) values (?, ?, ?, 'MEMBER', ?)")) {
                for (int i = 0; i < participants; i++) {
                    String name = "Bench Participant %04d".formatted(i);
                    String username = "bench-p%04d".formatted(i);
                    person.setString(1, name);
                    person.executeUpdate();
                    var keys = person.getGeneratedKeys();
                    keys.next();
                    long personId = keys.getLong(1);
                    member.setLong(1, personId);
                    member.setLong(2, bodyId);
                    member.addBatch();
                    account.setString(1, username);
                    account.setString(2, name);
                    account.setString(3, hash);
                    account.setLong(4, personId);
                    account.addBatch();
                    names.add(username);
                }
                member.executeBatch();
                account.executeBatch();
            }
            c.commit();
            log("Meeting " + meetingId + " is live, recording into item " + itemId + "; " + participants + " participants");
            return new Meeting(meetingId, bodyId, itemId, names);
        }
    }

    // ---------------------------------------------------------------- targets

    /** Both servers' JVM options: {@code --jvm}'s (space-separated), with G1 unless they choose a collector. */
    List<String> serverFlags() {
        List<String> flags = new ArrayList<>(Arrays.asList(jvm.trim().split("\\s+")));
        if (flags.stream().noneMatch(f -> f.matches("-XX:\\+Use\\w+GC"))) {
            flags.add("-XX:+UseG1GC");
        }
        return flags;
    }

    /** A server the benchmark loads: where viewers go and how its clerk saves change {@code n}. */
    abstract class Target {
        final ServerProcess server;
        final List<Markers> vaadinMarkers = new ArrayList<>();
        final List<VaadinClient> vaadinViewers = new ArrayList<>();
        final List<Double> loadMillis = new ArrayList<>();
        final long[] savedAt = new long[4_000];
        /** When each save was sent (the clerk's click), for latencies that include the save's own time. */
        final long[] sentAt = new long[4_000];
        int nextChange;

        Target(ServerProcess server) {
            this.server = server;
        }

        String base() {
            return "http://127.0.0.1:" + server.port;
        }

        abstract String name();

        abstract String route();

        abstract String ssePath() throws IOException, InterruptedException;

        /** Opens one viewer tab (signing in first where the view needs it). */
        abstract VaadinClient viewer(int index, Markers markers) throws Exception;

        /** The clerk's save of change {@code n}; returns when the save has returned. */
        abstract void save(int n) throws Exception;
    }

    final class FloorTarget extends Target {
        FloorTarget(ServerProcess server) {
            super(server);
        }

        String name() {
            return "floor";
        }

        String route() {
            return "floor";
        }

        String ssePath() {
            return "/floor/stream";
        }

        VaadinClient viewer(int index, Markers markers) throws Exception {
            var client = new VaadinClient(clients[index % clients.length], base(), m -> markers.scan(m, System.nanoTime()));
            client.open(route(), true);
            return client;
        }

        void save(int n) throws Exception {
            var r = clients[0].send(HttpRequest.newBuilder(URI.create(base() + "/floor/change"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("text=" + URLEncoder.encode(Markers.text(n), StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IOException("floor change answered " + r.statusCode());
            }
        }
    }

    final class AppTarget extends Target {
        final Meeting meeting;
        private final StateTree clerkTree = new StateTree();
        private final VaadinClient clerk;

        AppTarget(ServerProcess server, Meeting meeting) throws Exception {
            super(server);
            this.meeting = meeting;
            clerk = new VaadinClient(clients[0], base(), clerkTree::apply);
            clerk.signIn("clerk", "demo-password");
            // No push socket: every answer to the clerk's requests carries all the console's changes.
            clerk.open("meetings/" + meeting.id() + "/clerk", false);
            tabs.add(clerk);
        }

        String name() {
            return "Minutebook";
        }

        String route() {
            return "meetings/" + meeting.id() + "/live";
        }

        String ssePath() throws IOException, InterruptedException {
            return ssePathAt(base());
        }

        /** As the public page on the node at {@code base} opens it: from the position the page was rendered at (its data-seq). */
        String ssePathAt(String base) throws IOException, InterruptedException {
            var page = clients[0].send(HttpRequest.newBuilder(URI.create(base + "/public/meetings/" + meeting.id())).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            var seq = java.util.regex.Pattern.compile("data-seq=\"(\\d+)\"").matcher(page);
            return "/public/meetings/" + meeting.id() + "/stream" + (seq.find() ? "?since=" + seq.group(1) : "");
        }

        VaadinClient viewer(int index, Markers markers) throws Exception {
            return viewerAt(base(), index, markers, loadMillis);
        }

        /** Participant {@code index} signs in on the node at {@code base} and opens the live meeting there. */
        VaadinClient viewerAt(String base, int index, Markers markers, List<Double> loads) throws Exception {
            var client = new VaadinClient(clients[index % clients.length], base, m -> markers.scan(m, System.nanoTime()));
            client.signIn(meeting.participants().get(index), PASSWORD);
            long t = System.nanoTime();
            client.open(route(), true);
            synchronized (loads) {
                loads.add((System.nanoTime() - t) / 1e6);
            }
            return client;
        }

        /** As a clerk: "New paragraph", type the text, "Save"; the save's answer is when the clerk sees it saved. */
        void save(int n) throws Exception {
            var add = clerkTree.button("New paragraph").orElseThrow(() -> new IOException("No New paragraph button"));
            clerkTree.apply(clerk.rpc("[" + clerkTree.click(add) + "]"));
            var field = clerkTree.fieldLabelled("vaadin-text-area", "Paragraph text")
                    .orElseThrow(() -> new IOException("No paragraph field"));
            var saveButton = clerkTree.button("Save").orElseThrow(() -> new IOException("No Save button"));
            // The save is sent now: the request that opened the editor is not part of it (the floor has none).
            sentAt[n] = System.nanoTime();
            String answer = clerk.rpc("[" + StateTree.typed(field, Markers.text(n)) + "," + clerkTree.click(saveButton) + "]");
            clerkTree.apply(answer);
            if (!answer.contains("Paragraph added")) {
                throw new IOException("The clerk's save was not confirmed: " + answer.substring(0, Math.min(500, answer.length())));
            }
        }
    }

    /**
     * The second of two Minutebook nodes on one database: viewers follow the meeting here while the clerk saves on
     * node A ({@code origin}), so each change reaches them through PostgreSQL's NOTIFY and this node's own read.
     */
    final class NodeBTarget extends Target {
        private final AppTarget origin;

        NodeBTarget(ServerProcess server, AppTarget origin) {
            super(server);
            this.origin = origin;
        }

        String name() {
            return "Minutebook node B";
        }

        String route() {
            return origin.route();
        }

        String ssePath() throws IOException, InterruptedException {
            return origin.ssePathAt(base());
        }

        VaadinClient viewer(int index, Markers markers) throws Exception {
            return origin.viewerAt(base(), index, markers, loadMillis);
        }

        /** The clerk's save on node A; its changes are numbered on from node A's, so no marker repeats. */
        void save(int n) throws Exception {
            origin.save(n);
            sentAt[n] = origin.sentAt[n];
        }
    }

    // ---------------------------------------------------------------- phases

    private void vaadinPhases(Target floor, Target app) throws Exception {
        long floorBase = floor.server.heapAfterGc();
        long appBase = app.server.heapAfterGc();
        try {
            participantSteps(floor, app, floorBase, appBase);
        } finally {
            // Also when a step stopped early: the public steps must not run with participants still following.
            for (Target t : List.of(floor, app)) {
                t.vaadinViewers.forEach(VaadinClient::close);
            }
        }
    }

    private void participantSteps(Target floor, Target app, long floorBase, long appBase) throws Exception {
        for (int n : vaadinCounts) {
            for (Target t : List.of(floor, app)) {
                String key = "vaadin " + t.name() + " " + n;
                if (!timeLeftFor(key)) {
                    return;
                }
                if (!connectVaadin(t, n)) {
                    notes.add("Stopped at " + key + ": viewers could not all connect in time.");
                    return;
                }
                measure(t, key, t.vaadinMarkers, () -> received(t.vaadinViewers), t == floor ? floorBase : appBase, n);
                // Whether the floor's Atmosphere write pool is the raised one (its threads start one per write until
                // the pool is full, so after a step's writes they show its size, up to the writes made), and how many
                // Minutebook's pool, which starts threads as writes need them, has running. Linux keeps 15 characters
                // of a thread's name: "Atmosphere-Shared-12" is "Atmosphere-Shar".
                writeThreads.merge(t.name(), t.server.threadsNamed("Atmosphere-Shar", "push-write-"), Math::max);
                if (t == app) {
                    double[] load = Figures.percentiles(t.loadMillis.stream().mapToDouble(Double::doubleValue).toArray(), 0.5, 0.95);
                    results.get(key).loadP50 = load[0];
                    results.get(key).loadP95 = load[1];
                }
            }
        }
    }

    private boolean connectVaadin(Target t, int n) throws Exception {
        int from = t.vaadinViewers.size();
        if (from >= n) {
            return true;
        }
        log("Connecting " + (n - from) + " more Vaadin viewers to " + t.name());
        var pool = Executors.newFixedThreadPool(8);
        List<Future<VaadinClient>> opened = new ArrayList<>();
        List<Markers> markers = new ArrayList<>();
        for (int i = from; i < n; i++) {
            var m = new Markers(t.savedAt.length);
            markers.add(m);
            int index = i;
            opened.add(pool.submit(() -> t.viewer(index, m)));
        }
        pool.shutdown();
        int failed = 0;
        for (int i = 0; i < opened.size(); i++) {
            try {
                long left = Math.max(1, remaining().toMillis());
                var viewer = opened.get(i).get(left, TimeUnit.MILLISECONDS);
                t.vaadinViewers.add(viewer);
                tabs.add(viewer);
                t.vaadinMarkers.add(markers.get(i));
            } catch (Exception e) {
                // One refused handshake among hundreds of simultaneous ones is worth a second try, as a browser's.
                log("A viewer failed to open, trying it once more: " + e);
                try {
                    var viewer = t.viewer(from + i, markers.get(i));
                    t.vaadinViewers.add(viewer);
                    tabs.add(viewer);
                    t.vaadinMarkers.add(markers.get(i));
                } catch (Exception again) {
                    failed++;
                    log("It failed again: " + again);
                }
            }
        }
        pool.shutdownNow();
        log(t.name() + ": " + t.vaadinViewers.size() + " Vaadin viewers open" + (failed > 0 ? ", " + failed + " failed" : ""));
        return failed == 0;
    }

    /**
     * At each N, for the floor and then Minutebook: N fresh streams opened from the page's position, measured, then
     * closed, so the client never holds both audiences at once (20,000 sockets would pass its open-file limit).
     */
    private void ssePhases(Target floor, Target app) throws Exception {
        Map<Target, Long> base = new LinkedHashMap<>();
        for (Target t : List.of(floor, app)) {
            base.put(t, t.server.heapAfterGc());
        }
        for (int n : publicCounts) {
            for (Target t : List.of(floor, app)) {
                String key = "sse " + t.name() + " " + n;
                if (!timeLeftFor(key)) {
                    return;
                }
                if (!publicStep(t, key, n, base.get(t))) {
                    return;
                }
                // Let the server notice the closed streams before the next step.
                Thread.sleep(2000);
            }
        }
    }

    /** Whether there is time for the step {@code key}; if not, the report says where the run stopped. */
    private boolean timeLeftFor(String key) {
        if (remaining().compareTo(Duration.ofSeconds(45)) >= 0) {
            return true;
        }
        notes.add("Stopped before " + key + ": the time limit (" + limit.toMinutes() + " min) was near.");
        return false;
    }

    /**
     * {@code n} fresh public streams on {@code t}, opened from the page's position, measured and closed; false if they
     * could not all open.
     */
    private boolean publicStep(Target t, String key, int n, long heapBase) throws Exception {
        try (var v = new SseViewers(t.server.port, t.ssePath(), t.savedAt.length)) {
            log("Connecting " + n + " SSE viewers to " + t.name());
            v.connect(n, 250, System.nanoTime() + Math.min(remaining().toNanos(), Duration.ofMinutes(3).toNanos()));
            if (v.opened() < n) {
                notes.add("Stopped at " + key + ": " + v.opened() + " of " + n + " streams opened (" + v.failed() + " failed).");
                return false;
            }
            List<Markers> markers = v.viewers().stream().map(x -> x.markers).toList();
            measure(t, key, markers, () -> v.viewers().stream().mapToLong(x -> x.bytes).sum(), heapBase, n);
            return true;
        }
    }

    /**
     * {@link #crossNode} participants, then as many public viewers, on node B while the clerk saves on node A; each
     * group measured as the steps above are, and closed before the next.
     */
    private void crossNodePhases(AppTarget app, NodeBTarget nodeB) throws Exception {
        nodeB.nextChange = app.nextChange;
        try {
            String key = "cross vaadin " + crossNode;
            if (!timeLeftFor(key)) {
                return;
            }
            long heapBase = nodeB.server.heapAfterGc();
            try {
                if (!connectVaadin(nodeB, crossNode)) {
                    notes.add("Stopped at " + key + ": viewers could not all connect in time.");
                    return;
                }
                measure(nodeB, key, nodeB.vaadinMarkers, () -> received(nodeB.vaadinViewers), heapBase, crossNode);
            } finally {
                nodeB.vaadinViewers.forEach(VaadinClient::close);
            }
            key = "cross sse " + crossNode;
            if (!timeLeftFor(key)) {
                return;
            }
            publicStep(nodeB, key, crossNode, nodeB.server.heapAfterGc());
        } finally {
            app.nextChange = nodeB.nextChange;
        }
    }

    private int beatSlice;
    private final AtomicInteger failedBeats = new AtomicInteger();

    /**
     * A thirtieth of the open tabs each second, so each beats every 30 s on a schedule of its own, as browsers opened
     * at different moments do: all of them at once would be a burst of requests no real audience sends.
     */
    private void beat() {
        tabs.removeIf(VaadinClient::isClosed);
        List<VaadinClient> all = List.copyOf(tabs);
        int slice = beatSlice++ % 30;
        for (int i = slice; i < all.size(); i += 30) {
            all.get(i).heartbeat().whenComplete((status, e) -> {
                if (e != null || status != 200) {
                    failedBeats.incrementAndGet();
                }
            });
        }
        int failed = failedBeats.getAndSet(0);
        if (failed > 0) {
            log(failed + " heartbeats failed");
        }
    }

    private static long received(List<VaadinClient> viewers) {
        return viewers.stream().mapToLong(c -> c.received).sum();
    }

    /** Warm-up, a steady run at {@link #rate} a second, then bursts; latencies, heap, CPU and bytes. */
    private void measure(Target t, String key, List<Markers> viewers, java.util.function.LongSupplier bytes,
                         long heapBase, int n) throws Exception {
        int warm = n >= 1000 ? Math.max(10, warmup / 3) : warmup;
        log(key + ": warm-up " + warm);
        changes(t, warm, rate);
        settle(t, viewers);
        long cpu0 = t.server.cpuMillis();
        long bytes0 = bytes.getAsLong();
        int from = t.nextChange;
        log(key + ": " + steady + " changes at " + rate + "/s");
        changes(t, steady, rate);
        int to = t.nextChange;
        settle(t, viewers);
        long cpu1 = t.server.cpuMillis();
        long bytes1 = bytes.getAsLong();
        var f = Figures.of(viewers, t.savedAt, from, to).fromClick(viewers, t.sentAt, from, to);
        f.cpuMsPerChange = (double) (cpu1 - cpu0) / (to - from);
        f.bytesPerChange = (double) (bytes1 - bytes0) / (to - from) / n;
        results.put(key, f);
        int burstFrom = t.nextChange;
        for (int b = 0; b < bursts; b++) {
            changes(t, burstSize, 0);
            Thread.sleep(1000);
        }
        settle(t, viewers);
        results.put(key + " burst", Figures.of(viewers, t.savedAt, burstFrom, t.nextChange));
        // Heap after the changes, not before: the full collection it takes slowed the changes that followed it.
        long heap = t.server.heapAfterGc();
        f.heapPerViewerKiB = (heap - heapBase) / 1024.0 / n;
        log("%s: p50 %.0f p95 %.0f p99 %.0f max %.0f ms, missed %d, heap/viewer %.0f KiB, CPU/change %.1f ms, bytes/change %.0f"
                .formatted(key, f.p50, f.p95, f.p99, f.max, f.missed, f.heapPerViewerKiB, f.cpuMsPerChange, f.bytesPerChange));
        log(key + ": slowest changes (UTC) " + Figures.slowest(viewers, t.savedAt, from, to, 3));
    }

    /** {@code count} saves, paced at {@code perSecond} (0: back to back, a burst). */
    private void changes(Target t, int count, double perSecond) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            if (perSecond > 0) {
                long due = start + (long) (i * 1e9 / perSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            int n = t.nextChange++;
            t.sentAt[n] = System.nanoTime();
            t.save(n);
            t.savedAt[n] = System.nanoTime();
        }
    }

    /** Waits until every viewer has every change so far, or 15 s. */
    private void settle(Target t, List<Markers> viewers) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        int last = t.nextChange - 1;
        while (System.nanoTime() < until) {
            boolean all = last < 0 || viewers.stream().allMatch(m -> m.receivedAt[last] >= 0);
            if (all) {
                return;
            }
            Thread.sleep(20);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Duration remaining() {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    static void log(String message) {
        System.out.println(Instant.now().atOffset(ZoneOffset.UTC).toLocalTime().withNano(0) + " " + message);
    }

    // for Report
    Map<String, Figures> results() {
        return results;
    }

    /** The most Atmosphere write threads each server ran during the participant steps, by server name. */
    final Map<String, Integer> writeThreads = new LinkedHashMap<>();

    List<String> notes() {
        return notes;
    }

    String browserResult() {
        return browserResult;
    }

    HttpClient client() {
        return clients[0];
    }
}
