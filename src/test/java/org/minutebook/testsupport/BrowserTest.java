package org.minutebook.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End-to-end tests in Debian's Chromium, driven by Playwright, against the shared test context's server.
 * One browser for the whole run (starting Chromium is the slow part); a fresh context, so a fresh
 * session, per test and per user.
 */
@MinutebookTest
public abstract class BrowserTest {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    private final java.util.List<BrowserContext> contexts = new java.util.ArrayList<>();

    protected static synchronized Browser browser() {
        if (browser == null) {
            // Pushed updates arrive within milliseconds, but a cold JVM on 2 shared cores can take seconds.
            com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Chromium.executable())
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    @BeforeEach
    void openBrowser() {
        browser();
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A new page in its own context: a separate visitor with their own session. */
    protected Page newVisitor() {
        BrowserContext context = browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900).setLocale("en-GB").setTimezoneId("Europe/London"));
        context.setDefaultTimeout(30_000);
        contexts.add(context);
        return context.newPage();
    }

    /** A new visitor signed in through the login page, landed on the meetings page. */
    protected Page signedIn(String username) {
        Page page = newVisitor();
        page.navigate(url("/login"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(DemoAccounts.PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(u -> !u.contains("/login"));
        return page;
    }

    /** Writes a screenshot under target/screenshots for a person to look at. */
    protected static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")).setFullPage(true));
    }

    /**
     * Runs axe-core on the page and fails on serious or critical violations. No rule is disabled and no
     * element excluded here; if one ever must be, do it at the call site with the reason written beside it.
     */
    protected static void assertAccessible(Page page) {
        // A notification fading in or out is half transparent: judge its contrast once it has settled.
        page.waitForFunction("() => !document.querySelector('vaadin-notification-card[opening], vaadin-notification-card[closing]')");
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).analyze();
        List<Rule> bad = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertThat(bad).as(() -> page.url() + " has accessibility violations:\n" + bad.stream()
                .map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"))).isEmpty();
    }
}
