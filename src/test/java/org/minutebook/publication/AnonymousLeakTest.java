package org.minutebook.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.testsupport.AsUser.as;
import static org.minutebook.testsupport.AsUser.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.extractor.ExtractorFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.minutebook.actions.ActionService;
import org.minutebook.actions.NewAction;
import org.minutebook.meeting.AgendaItem;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.ItemDetails;
import org.minutebook.meeting.ItemOutcome;
import org.minutebook.meeting.MeetingService;
import org.minutebook.meeting.PaperService;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.shared.UkTime;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * THE LEAK TEST. A meeting with an exempt (Part II) item is made through the services, its exempt content written
 * with code words no other text uses; then, as an anonymous visitor, every GET endpoint the application maps (annotated
 * controllers and router functions, read from Spring at run time, so a new endpoint is covered without editing this
 * test) is called with every path variable set to the ids of that meeting, its items, paragraphs, papers and action,
 * and of the seed meeting; every page reachable from the portal's home page is crawled; and the live stream of a live
 * meeting is read while exempt minutes are written. No response — HTML, JSON, XML, iCalendar, PDF (text read back with
 * PDFBox), Word (text read back with POI) — may contain a code word.
 */
@MinutebookTest
class AnonymousLeakTest {

    // One code word per kind of exempt content, always followed by the same word: a search asks for the code word
    // alone (so the search page's echo of the query is no leak), and any response holding the two words together
    // holds exempt text. A hit names what leaked.
    static final String REPORT = "Quillberry";
    static final String RECOMMENDATION = "Marrowfinch";
    static final String PAPER = "Tallowgate";
    static final String PARAGRAPH = "Vesperline";
    static final String RESOLUTION = "Oxlipmoor";
    static final String ACTION = "Brindlecombe";
    static final String LIVE = "Sorrelwick";
    static final String FOLLOWS = " Partners";
    static final List<String> SECRETS = List.of(REPORT, RECOMMENDATION, PAPER, PARAGRAPH, RESOLUTION, ACTION, LIVE);

    static final int MAX_CRAWL = 400;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    MeetingService meetings;
    @Autowired
    PaperService papers;
    @Autowired
    ChairService chair;
    @Autowired
    MinutesService minutes;
    @Autowired
    ActionService actions;
    @Autowired
    PeopleService people;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    final Map<String, String> leaks = new LinkedHashMap<>();
    final Set<String> visited = new LinkedHashSet<>();

    /** Ids to put into path variables, by what they are. */
    record Fixture(long bodyId, long meetingId, long openItemId, long exemptItemId, long exemptParagraphId,
                   long exemptResolutionId, String exemptNumber, long actionId, long exemptPaperId, long publicPaperId,
                   long liveMeetingId, long liveExemptItemId, long seedMeetingId, LocalDate date) {
    }

    @Test
    void noExemptTextReachesAnAnonymousVisitorThroughAnyEndpointPageOrStream() throws Exception {
        Fixture f = fixture();
        // The fixture really holds the secrets: a member of the body reads them in the insiders' record.
        String insiders = allText(minutes.recordFor(f.meetingId(), true));
        assertThat(insiders).contains(REPORT + FOLLOWS, RECOMMENDATION + FOLLOWS, PAPER + FOLLOWS, PARAGRAPH + FOLLOWS,
                RESOLUTION + FOLLOWS);
        assertThat(allText(minutes.recordFor(f.liveMeetingId(), true))).contains(LIVE + FOLLOWS);

        // 1. Every mapped GET endpoint, path variables filled with the fixture's ids.
        List<String> templates = mappedPaths();
        assertThat(templates).as("the portal's own endpoints are found")
                .contains("/", "/public/meetings/{id}", "/public/search", "/public/papers/{id}");
        for (String template : templates) {
            for (String url : urls(template, f)) {
                fetch(url);
            }
        }
        // 2. The crawl from the home page, following every same-origin link.
        crawl("/");
        assertThat(visited).as("the crawl reached the exempt meeting's page")
                .contains("/public/meetings/" + f.meetingId());
        // 3. The live stream while exempt minutes are written.
        String stream = liveStream(f);
        assertThat(stream).as("the stream carried the public part of the change").contains("Schedule 12A");
        check("/public/meetings/" + f.liveMeetingId() + "/stream (during exempt minutes)", stream);

        System.out.printf("Leak test: %d endpoint templates, %d responses read%n", templates.size(), visited.size());
        assertThat(leaks).as("exempt text reached an anonymous visitor").isEmpty();

        // The pages looked at really show the meeting: its public content is there, the exempt item only as a title.
        String page = text(get("/public/meetings/" + f.meetingId()));
        assertThat(page).contains("Leak fixture public item", "The Board noted the public report.",
                "Leak fixture contract", "Schedule 12A");
        String search = text(get("/public/search?q=" + REPORT));
        assertThat(search).contains("No results");
        assertThat(text(get("/public/search?q=fixture"))).as("the search finds the public part")
                .contains("Leak fixture public item").doesNotContain("Leak fixture contract");
        assertThat(get("/public/papers/" + f.publicPaperId()).statusCode()).isEqualTo(200);
        assertThat(get("/public/papers/" + f.exemptPaperId()).statusCode()).isEqualTo(404);

    }

    // ------------------------------------------------------------------------------------------ the fixture

    private Fixture fixture() throws IOException {
        long hwb = people.bodyNamed("West Sussex Health and Wellbeing Board").orElseThrow().getId();
        // A past date, so the meeting shows in the calendar, the decisions and the search with dates.
        Instant when = Instant.now().minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        long meetingId = as("clerk", Role.CLERK, () -> meetings.schedule(hwb, when, "County Hall, Chichester", 14, false).getId());
        AgendaItem open = as("clerk", Role.CLERK, () -> meetings.addItem(meetingId,
                details("Leak fixture public item", "A public report on the fixture.", "note the public report", false)));
        AgendaItem exempt = as("clerk", Role.CLERK, () -> meetings.addItem(meetingId,
                details("Leak fixture contract", "The bid from " + REPORT + FOLLOWS + " was the lowest.",
                        "award the contract to " + RECOMMENDATION + FOLLOWS, true)));
        long exemptPaper = as("clerk", Role.CLERK, () -> papers.upload(exempt.getId(), PAPER + FOLLOWS + " tender evaluation", null,
                "evaluation.pdf", pdf("Scores of " + PAPER + FOLLOWS))).getId();
        long publicPaper = as("clerk", Role.CLERK, () -> papers.upload(open.getId(), "Public report", "Director",
                "public-report.pdf", pdf("The public report on the fixture."))).getId();
        run("clerk", Role.CLERK, () -> meetings.publishAgenda(meetingId));
        run("chair", Role.MEMBER, () -> {
            chair.openMeeting(meetingId);
            chair.openItem(open.getId());
        });
        run("clerk", Role.CLERK, () -> {
            minutes.addParagraph(open.getId(), "The Board noted the public report.");
            minutes.addResolution(open.getId(), null, List.of("noted the public report"));
        });
        run("chair", Role.MEMBER, () -> {
            chair.completeItem(open.getId(), ItemOutcome.RESOLVED);
            chair.openItem(exempt.getId());
        });
        long[] ids = as("clerk", Role.CLERK, () -> {
            long para = minutes.addParagraph(exempt.getId(), "The Board discussed the " + PARAGRAPH + FOLLOWS + " bid.").getId();
            long res = minutes.addResolution(exempt.getId(), null, List.of("awarded the contract to " + RESOLUTION + FOLLOWS)).getId();
            long action = actions.create(NewAction.of(hwb, "Tell " + ACTION + FOLLOWS + " the outcome")
                    .from(meetingId, exempt.getId(), para)).getId();
            return new long[] {para, res, action};
        });
        run("chair", Role.MEMBER, () -> {
            chair.completeItem(exempt.getId(), ItemOutcome.RESOLVED);
            chair.closeMeeting(meetingId);
        });
        run("clerk", Role.CLERK, () -> {
            minutes.approve(meetingId);
            minutes.publish(meetingId);
        });
        String exemptNumber = minutes.recordFor(meetingId, true).items().stream().filter(i -> i.id() == exempt.getId())
                .findFirst().orElseThrow().paragraphs().getFirst().number();

        // A meeting in progress with an exempt item under discussion.
        long live = as("clerk", Role.CLERK, () -> meetings.schedule(hwb, Instant.now(), "County Hall", 1, false).getId());
        AgendaItem liveOpen = as("clerk", Role.CLERK, () -> meetings.addItem(live, details("Leak fixture live item", null, null, false)));
        AgendaItem liveExempt = as("clerk", Role.CLERK, () -> meetings.addItem(live,
                details("Leak fixture live contract", "Figures from " + LIVE + FOLLOWS + ".", null, true)));
        run("clerk", Role.CLERK, () -> meetings.publishAgenda(live));
        run("chair", Role.MEMBER, () -> {
            chair.openMeeting(live);
            chair.openItem(liveOpen.getId());
        });

        long seed = meetings.meetingsOf(hwb).stream().filter(m -> m.getStartsAt() == null).findFirst().orElseThrow().getId();
        return new Fixture(hwb, meetingId, open.getId(), exempt.getId(), ids[0], ids[1], exemptNumber, ids[2], exemptPaper,
                publicPaper, live, liveExempt.getId(), seed, when.atZone(UkTime.ZONE).toLocalDate());
    }

    private static ItemDetails details(String title, String summary, String recommendation, boolean exempt) {
        var d = new ItemDetails();
        d.setTitle(title);
        d.setSummary(summary);
        if (recommendation != null) {
            d.setRecommendationsIntro("The Board is asked to:");
            d.setRecommendations(recommendation);
        }
        d.setExempt(exempt);
        if (exempt) {
            d.setExemptParagraph(3);
        }
        return d;
    }

    static byte[] pdf(String text) {
        try (PDDocument doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (var content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String allText(MeetingRecord record) {
        var sb = new StringBuilder();
        for (MeetingRecord.Item i : record.items()) {
            sb.append(i.heading()).append(' ').append(i.summary()).append(' ');
            i.recommendations().forEach(c -> sb.append(c.text()).append(' '));
            i.papers().forEach(p -> sb.append(p.title()).append(' '));
            i.paragraphs().forEach(p -> {
                sb.append(p.html()).append(' ');
                p.clauses().forEach(c -> sb.append(c.text()).append(' '));
            });
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------ the endpoints

    /** Every GET path the application maps: annotated handler methods and router functions. */
    private List<String> mappedPaths() {
        Set<String> paths = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                var methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty() || methods.stream().anyMatch(m -> m.name().equals("GET"))) {
                    paths.addAll(info.getPatternValues());
                }
            }
        }
        for (RouterFunction<?> router : context.getBeansOfType(RouterFunction.class).values()) {
            router.accept(new RouterFunctions.Visitor() {
                @Override
                public void startNested(RequestPredicate predicate) {
                    predicate.accept(pathCollector(paths));
                }

                @Override
                public void endNested(RequestPredicate predicate) {
                }

                @Override
                public void route(RequestPredicate predicate, org.springframework.web.servlet.function.HandlerFunction<?> handler) {
                    predicate.accept(pathCollector(paths));
                }

                @Override
                public void resources(java.util.function.Function<ServerRequest, java.util.Optional<org.springframework.core.io.Resource>> lookup) {
                }

                @Override
                public void attributes(Map<String, Object> attributes) {
                }

                @Override
                public void unknown(RouterFunction<?> routerFunction) {
                }
            });
        }
        return new ArrayList<>(paths);
    }

    private static RequestPredicates.Visitor pathCollector(Set<String> paths) {
        return new RequestPredicates.Visitor() {
            @Override
            public void method(Set<org.springframework.http.HttpMethod> methods) {
            }

            @Override
            public void path(String pattern) {
                paths.add(pattern);
            }

            @Override
            public void pathExtension(String extension) {
            }

            @Override
            public void header(String name, String value) {
            }

            @Override
            public void param(String name, String value) {
            }

            @Override
            public void version(String version) {
            }

            @Override
            public void startAnd() {
            }

            @Override
            public void and() {
            }

            @Override
            public void endAnd() {
            }

            @Override
            public void startOr() {
            }

            @Override
            public void or() {
            }

            @Override
            public void endOr() {
            }

            @Override
            public void startNegate() {
            }

            @Override
            public void endNegate() {
            }

            @Override
            public void unknown(RequestPredicate predicate) {
            }
        };
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(?::[^}]*)?}");

    /**
     * The addresses to call for one mapped path: each variable by its name (meeting, item, body, paper, action,
     * paragraph, number) and, since names vary, every variable set to each of the fixture's ids in turn; each with no
     * query and with a search for every code word, a date range and the body, so searches and filters are tried too.
     */
    private List<String> urls(String template, Fixture f) {
        String path = template.replace("/**", "/anything");
        Set<String> out = new LinkedHashSet<>();
        if (!VARIABLE.matcher(path).find()) {
            out.add(path);
        } else {
            out.add(fill(path, name -> byName(name, f)));
            List<String> values = List.of(f.meetingId(), f.liveMeetingId(), f.seedMeetingId(), f.exemptItemId(),
                    f.liveExemptItemId(), f.exemptParagraphId(), f.exemptResolutionId(), f.actionId(), f.exemptPaperId(),
                    f.publicPaperId(), f.bodyId()).stream().map(String::valueOf).toList();
            for (String v : values) {
                out.add(fill(path, name -> v));
            }
            out.add(fill(path, name -> f.exemptNumber()));
        }
        List<String> withQueries = new ArrayList<>(out);
        String first = out.iterator().next();
        for (String secret : SECRETS) {
            withQueries.add(first + "?q=" + secret + "&query=" + secret + "&search=" + secret + "&body=" + f.bodyId()
                    + "&from=" + f.date().minusDays(1) + "&to=" + f.date().plusDays(1) + "&month=" + f.date().toString().substring(0, 7));
        }
        return withQueries;
    }

    private static String byName(String name, Fixture f) {
        String n = name.toLowerCase(Locale.ROOT);
        long id = n.contains("body") || n.contains("organi") ? f.bodyId()
                : n.contains("item") ? f.exemptItemId()
                : n.contains("paper") ? f.exemptPaperId()
                : n.contains("action") ? f.actionId()
                : n.contains("para") || n.contains("resolution") || n.contains("decision") ? f.exemptParagraphId()
                : f.meetingId();
        return n.contains("number") || n.contains("minute") ? f.exemptNumber() : String.valueOf(id);
    }

    private static String fill(String template, java.util.function.Function<String, String> value) {
        Matcher m = VARIABLE.matcher(template);
        return m.replaceAll(r -> Matcher.quoteReplacement(URLEncoder.encode(value.apply(r.group(1)), StandardCharsets.UTF_8)));
    }

    // ------------------------------------------------------------------------------------------ the crawl

    private void crawl(String start) throws Exception {
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        Set<String> seen = new LinkedHashSet<>(queue);
        int pages = 0;
        while (!queue.isEmpty() && pages++ < MAX_CRAWL) {
            String path = queue.poll();
            HttpResponse<byte[]> response = fetch(path);
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() >= 300 && response.statusCode() < 400) {
                response.headers().firstValue("Location").map(this::sameOrigin).filter(seen::add).ifPresent(queue::add);
            }
            if (!type.startsWith("text/html")) {
                continue;
            }
            Document doc = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8), url(path));
            for (Element link : doc.select("a[href], link[href]")) {
                String next = sameOrigin(link.absUrl("href"));
                if (next != null && !next.startsWith("/logout") && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
    }

    /** The path and query of a link to this server, without its fragment; null for any other site. */
    private String sameOrigin(String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        URI uri = URI.create(url("/")).resolve(href.replace(" ", "%20"));
        if (!"localhost".equals(uri.getHost()) || uri.getPort() != port) {
            return null;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    // ------------------------------------------------------------------------------------------ the live stream

    private String liveStream(Fixture f) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url("/public/meetings/" + f.liveMeetingId() + "/stream")))
                .header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        var buffer = new ByteArrayOutputStream();
        Thread reader = Thread.ofVirtual().start(() -> copy(response.body(), buffer));
        run("chair", Role.MEMBER, () -> chair.openItem(f.liveExemptItemId()));
        run("clerk", Role.CLERK, () -> {
            minutes.addParagraph(f.liveExemptItemId(), "Members questioned " + LIVE + FOLLOWS + " about the figures.");
            minutes.addResolution(f.liveExemptItemId(), null, List.of("asked " + LIVE + FOLLOWS + " for a revised offer"));
        });
        long deadline = System.currentTimeMillis() + 3_000;
        while (System.currentTimeMillis() < deadline && !bufferText(buffer).contains("Schedule 12A")) {
            Thread.sleep(50);
        }
        Thread.sleep(500); // and anything that follows the change
        response.body().close();
        reader.join(2_000);
        return bufferText(buffer);
    }

    private static String bufferText(ByteArrayOutputStream buffer) {
        synchronized (buffer) {
            return buffer.toString(StandardCharsets.UTF_8);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        byte[] chunk = new byte[8192];
        try (in) {
            for (int n; (n = in.read(chunk)) >= 0; ) {
                synchronized (out) {
                    out.write(chunk, 0, n);
                }
                if (out.size() > 5_000_000) {
                    return;
                }
            }
        } catch (IOException closed) {
            // the test closed the stream: done
        }
    }

    // ------------------------------------------------------------------------------------------ requests

    private HttpResponse<byte[]> get(String path) throws Exception {
        return fetch(path);
    }

    /** Calls one address anonymously, reads at most 3 seconds of it (an event stream never ends) and checks it. */
    private HttpResponse<byte[]> fetch(String path) throws Exception {
        visited.add(path);
        var request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20)).GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        var buffer = new ByteArrayOutputStream();
        Thread reader = Thread.ofVirtual().start(() -> copy(response.body(), buffer));
        reader.join(3_000);
        if (reader.isAlive()) {
            response.body().close();
            reader.join(1_000);
        }
        byte[] body;
        synchronized (buffer) {
            body = buffer.toByteArray();
        }
        var result = new BytesResponse(response, body);
        check(path, text(result));
        return result;
    }

    /** The text a reader would get from a response, by its content type. */
    private static String text(HttpResponse<byte[]> response) {
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        byte[] body = response.body();
        try {
            if (type.startsWith("application/pdf")) {
                try (PDDocument doc = Loader.loadPDF(body)) {
                    return new PDFTextStripper().getText(doc);
                }
            }
            if (type.contains("officedocument") || type.contains("opendocument") || type.contains("msword")) {
                try (var extractor = ExtractorFactory.createExtractor(new java.io.ByteArrayInputStream(body))) {
                    return extractor.getText();
                }
            }
        } catch (Exception unreadable) {
            // Not what it says it is: check its raw bytes below instead.
        }
        String raw = new String(body, StandardCharsets.UTF_8);
        // iCalendar folds long lines (CRLF + space); JSON may escape; HTML may use entities: undo all three.
        return Jsoup.parse(raw.replace("\r\n ", "").replace("\r\n\t", "")).text() + "\n" + raw;
    }

    private void check(String where, String text) {
        String flat = text.replaceAll("\\s+", " ");
        for (String secret : SECRETS) {
            if (flat.toLowerCase(Locale.ROOT).contains((secret + FOLLOWS).toLowerCase(Locale.ROOT))) {
                leaks.merge(where, secret, (a, b) -> a + ", " + b);
            }
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A response whose body has been read (boundedly) into memory. */
    private record BytesResponse(HttpResponse<InputStream> response, byte[] body) implements HttpResponse<byte[]> {
        public int statusCode() {
            return response.statusCode();
        }

        public HttpRequest request() {
            return response.request();
        }

        public java.util.Optional<HttpResponse<byte[]>> previousResponse() {
            return java.util.Optional.empty();
        }

        public java.net.http.HttpHeaders headers() {
            return response.headers();
        }

        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return response.sslSession();
        }

        public URI uri() {
            return response.uri();
        }

        public HttpClient.Version version() {
            return response.version();
        }
    }
}
