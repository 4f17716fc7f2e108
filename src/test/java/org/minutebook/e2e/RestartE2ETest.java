package org.minutebook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.minutebook.testsupport.BrowserTest;
import org.minutebook.testsupport.DemoAccounts;

/**
 * The packaged app, run as a separate process on its own PostgreSQL database, is stopped in the middle of a live
 * meeting and started again: the meeting is still live, the saved minute is in the record (and on the public
 * page), and the clerk's unsaved text comes back when they open the editor again.
 */
class RestartE2ETest extends BrowserTest {

    static final String HWB = "West Sussex Health and Wellbeing Board";
    static final String SAVED = "The Board welcomed everyone to the meeting before the restart.";
    static final String DRAFTED = "Text typed but not saved when the server went down.";

    final String database = System.getenv().getOrDefault("MINUTEBOOK_TEST_DB", "test") + "_restart";
    final int appPort = freePort();
    final String base = "http://localhost:" + appPort;

    @Test
    void afterARestartMidMeetingTheMeetingIsLiveTheMinuteIsSavedAndTheDraftComesBack() throws Exception {
        recreateDatabase();
        Process app = start();
        try {
            long meetingId = upcomingMeeting();

            Page clerk = signIn("clerk");
            clerk.navigate(base + "/meetings/" + meetingId + "/agenda");
            clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish agenda")).click();
            clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish").setExact(true)).click();
            assertThat(clerk.getByText("Agenda published.")).isVisible();

            Page chair = signIn("chair");
            chair.navigate(base + "/meetings/" + meetingId + "/chair");
            chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the meeting")).click();
            chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next item (Alt+N)")).click();
            assertThat(chair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close the meeting"))).isVisible();

            clerk.navigate(base + "/meetings/" + meetingId + "/clerk");
            clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New paragraph (Alt+P)")).click();
            clerk.getByLabel("Paragraph text").fill(SAVED);
            clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save (Ctrl+Enter)")).click();
            assertThat(clerk.locator(".clerk-editor")).hasCount(0);
            assertThat(clerk.getByText(SAVED)).isVisible();
            clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New paragraph (Alt+P)")).click();
            clerk.getByLabel("Paragraph text").fill(DRAFTED);
            // The draft is kept as it is typed; give the last change a moment to reach the database.
            clerk.waitForTimeout(1_000);
            screenshot(clerk, "restart-clerk-before");
            clerk.context().close();
            chair.context().close();

            stop(app);
            app = start();

            assertThat(status(meetingId)).isEqualTo("LIVE");
            Page again = signIn("clerk");
            again.navigate(base + "/meetings/" + meetingId + "/clerk");
            assertThat(again.getByText(SAVED)).isVisible();
            again.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New paragraph (Alt+P)")).click();
            assertThat(again.getByText("Restored your unsaved text")).isVisible();
            assertThat(again.getByLabel("Paragraph text")).hasValue(DRAFTED);
            screenshot(again, "restart-clerk-after");

            Page visitor = newVisitor();
            visitor.navigate(base + "/public/meetings/" + meetingId);
            assertThat(visitor.getByText("Live: updates appear as they are recorded.")).isVisible();
            assertThat(visitor.locator(".para-body").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText(SAVED))).hasCount(1);
            assertThat(visitor.content()).doesNotContain(DRAFTED);
        } finally {
            stop(app);
        }
    }

    private Page signIn(String username) {
        Page page = newVisitor();
        page.navigate(base + "/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(DemoAccounts.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(u -> !u.contains("/login"));
        return page;
    }

    /** The packaged jar, on PostgreSQL, demo data on the first start; returns once /login answers. */
    private Process start() throws Exception {
        Path jar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("minutebook-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No packaged jar in target/: run mvn verify"));
        }
        Path log = Path.of("target", "restart-app.log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--sun-misc-unsafe-memory-access=allow", "-jar", jar.toString(),
                "--server.port=" + appPort, "--spring.profiles.active=postgres")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(Map.of(
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/" + database,
                "SPRING_DATASOURCE_USERNAME", "postgres",
                "MINUTEBOOK_DEMO_DATA", "true"));
        Process process = pb.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return process;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        stop(process);
        throw new IllegalStateException("The app did not answer within 180 s; see " + log);
    }

    private static void stop(Process process) throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private void recreateDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
            s.execute("create database " + database);
        }
    }

    private Connection app() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "");
    }

    /**
     * The demo data's upcoming board meeting (its agenda still a draft). The demo data loads after the server
     * starts listening, so wait for it.
     */
    private long upcomingMeeting() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            try (Connection c = app(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("select m.id from meeting m join body b on b.id = m.body_id where b.name = '"
                         + HWB + "' and m.status = 'SCHEDULED' and m.agenda_status = 'DRAFT' order by m.id desc limit 1")) {
                if (r.next()) {
                    return r.getLong(1);
                }
            }
            assertThat(System.nanoTime()).as("the demo data's upcoming meeting of the board, within 120 s").isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private String status(long meetingId) throws SQLException {
        try (Connection c = app(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select status from meeting where id = " + meetingId)) {
            r.next();
            return r.getString(1);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
