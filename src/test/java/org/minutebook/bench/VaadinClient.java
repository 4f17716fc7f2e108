package org.minutebook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser tab, as far as Vaadin's server can tell: the session cookie, the init request that creates the UI,
 * the push WebSocket (Atmosphere's length-prefixed messages) and UIDL requests by HTTP POST. Recorded from
 * Chromium (../shared/BENCH.md) and checked against a real page by {@link BrowserCheck}. Every complete message
 * the server sends is handed to {@code onMessage} (push messages and the responses to this client's requests).
 * Public for tests of the live layer that need many tabs, or one that stops reading.
 */
public final class VaadinClient {

    private static final Pattern COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");

    private final HttpClient http;
    private final String base;
    private final Consumer<String> onMessage;
    /** {@code BENCH_DUMP=file}: the first pushes any tab receives, one per line, to see what a change costs a viewer. */
    private static final Path DUMP = System.getProperty("bench.dump") == null ? null : Path.of(System.getProperty("bench.dump"));
    private static final AtomicInteger DUMPED = new AtomicInteger();
    private String cookie;
    private int uiId;
    private String csrf;
    private String pushId;
    private int clientId;
    private volatile int syncId;
    private WebSocket socket;
    private volatile boolean closed;
    /** Set by {@link #stopReading()}: the socket is no longer read, as with a tab whose connection has stalled. */
    private volatile boolean stalled;
    /** Bytes (characters) the server sent this tab, pushes and responses together. */
    volatile long received;

    public VaadinClient(HttpClient http, String base, Consumer<String> onMessage) {
        this.http = http;
        this.base = base;
        this.onMessage = onMessage;
    }

    /** Form sign-in; afterwards this client carries the signed-in session's cookie. */
    public void signIn(String username, String password) throws IOException, InterruptedException {
        get("/login");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var response = http.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        takeCookie(response);
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error") || location.contains("locked")) {
            throw new IOException("Sign-in of " + username + " refused: " + response.statusCode() + " " + location);
        }
    }

    /** Opens {@code route} as a tab would: page, init, push socket (optional), navigation that attaches the view. */
    public void open(String route, boolean push) throws IOException, InterruptedException {
        get("/" + route);
        String init = get("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8)
                + "&query=&v-sh=720&v-sw=1280&v-wh=720&v-ww=1280&v-bh=720&v-bw=1280&v-curdate="
                + System.currentTimeMillis() + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-"
                + ThreadLocalRandom.current().nextLong(1_000_000_000L)
                + "&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN"
                + "&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false");
        uiId = Integer.parseInt(find(UI_ID, init, "v-uiId"));
        csrf = find(CSRF, init, "Vaadin-Security-Key");
        pushId = find(PUSH_ID, init, "Vaadin-Push-ID");
        received += init.length();
        onMessage.accept(init);
        if (push) {
            connectPush();
        }
        String view = rpc("[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}]");
        onMessage.accept(view);
    }

    /** Sends invocations (a JSON array) in one UIDL request and returns the server's answer. */
    String rpc(String invocations) throws IOException, InterruptedException {
        String body = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":" + invocations + ",\"syncId\":" + syncId
                + ",\"clientId\":" + clientId + "}";
        var response = http.send(request("/?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("UIDL request answered " + response.statusCode());
        }
        clientId++;
        received += response.body().length();
        String json = response.body().startsWith("for(;;);") ? response.body().substring(8) : response.body();
        if (json.contains("\"appError\"") || json.contains("\"sessionExpired\"") || json.contains("\"resynchronize\"")) {
            throw new IOException("UIDL request not accepted: " + json.substring(0, Math.min(400, json.length())));
        }
        seen(json);
        return json;
    }

    private void connectPush() {
        String uri = base.replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=application/json;%20charset=UTF-8"
                + "&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=0";
        var opened = new CompletableFuture<Void>();
        socket = http.newWebSocketBuilder().header("Cookie", "JSESSIONID=" + cookie)
                .connectTimeout(Duration.ofSeconds(60))
                .buildAsync(URI.create(uri), new Frames(opened)).join();
        // The first message is Atmosphere's handshake: once it is here the server writes pushes to this socket.
        opened.orTimeout(60, TimeUnit.SECONDS).join();
    }

    /** Atmosphere frames: "length|message", a message may span frames and a frame may hold several. */
    private final class Frames implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();
        private final CompletableFuture<Void> opened;

        Frames(CompletableFuture<Void> opened) {
            this.opened = opened;
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            while (true) {
                int bar = buffer.indexOf("|");
                if (bar <= 0) {
                    break;
                }
                int length;
                try {
                    length = Integer.parseInt(buffer, 0, bar, 10);
                } catch (NumberFormatException e) {
                    buffer.setLength(0);
                    break;
                }
                if (buffer.length() < bar + 1 + length) {
                    break;
                }
                String message = buffer.substring(bar + 1, bar + 1 + length);
                buffer.delete(0, bar + 1 + length);
                if (!opened.isDone()) {
                    opened.complete(null);
                    continue;
                }
                if (message.startsWith("{")) {
                    received += message.length();
                    dump(message);
                    seen(message);
                    onMessage.accept(message);
                }
            }
            if (!stalled) {
                ws.request(1);
            }
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            opened.completeExceptionally(error);
        }
    }

    private static void dump(String message) {
        if (DUMP != null && DUMPED.incrementAndGet() <= 400) {
            try {
                Files.writeString(DUMP, message + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void seen(String json) {
        Matcher m = SYNC_ID.matcher(json);
        if (m.find()) {
            syncId = Math.max(syncId, Integer.parseInt(m.group(1)));
        }
    }

    /**
     * What an open tab sends every heartbeat interval: without it the server closes the UI after three missed
     * beats (3 minutes with Minutebook's 60 s interval) and answers the next request with "sessionExpired".
     * Asynchronous: a thousand tabs beat without a thread each.
     */
    CompletableFuture<Integer> heartbeat() {
        if (closed || csrf == null) {
            return CompletableFuture.completedFuture(0);
        }
        return http.sendAsync(request("/?v-r=heartbeat&v-uiId=" + uiId).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }

    /**
     * Closes the tab as a browser does: Vaadin's unload beacon (a UIDL request marked "UNLOAD") closes the UI on
     * the server at once, so it stops receiving pushes; then the socket goes.
     */
    /**
     * From now on reads nothing more from the push socket (the JDK's client reads only what is asked for), so what the
     * server writes fills the connection's buffers and then waits: a laptop closed or a phone out of signal mid-meeting.
     */
    public void stopReading() {
        stalled = true;
    }

    boolean isClosed() {
        return closed;
    }

    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (csrf != null) {
            String body = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[],\"syncId\":" + syncId + ",\"clientId\":" + clientId
                    + ",\"UNLOAD\":true}";
            try {
                http.send(request("/?v-r=uidl&v-uiId=" + uiId).header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                // The server is gone or busy: its heartbeat check closes the UI later.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (socket != null) {
            socket.abort();
        }
    }

    private String get(String path) throws IOException, InterruptedException {
        var response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        takeCookie(response);
        if (response.statusCode() >= 400) {
            throw new IOException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    private HttpRequest.Builder request(String path) {
        var b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        if (cookie != null) {
            b.header("Cookie", "JSESSIONID=" + cookie);
        }
        return b;
    }

    private void takeCookie(HttpResponse<?> response) {
        List<String> set = response.headers().allValues("Set-Cookie");
        for (String c : set) {
            Matcher m = COOKIE.matcher(c);
            if (m.find()) {
                cookie = m.group(1);
            }
        }
    }

    private static String find(Pattern p, String text, String what) throws IOException {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IOException("No " + what + " in the init response: " + text.substring(0, Math.min(300, text.length())));
        }
        return m.group(1);
    }
}
