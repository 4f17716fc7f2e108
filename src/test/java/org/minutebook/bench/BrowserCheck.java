package org.minutebook.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The protocol client checked against a real browser: a participant in Chromium and one through
 * {@link VaadinClient} follow the same live meeting; the clerk saves a paragraph; both must show its text.
 */
final class BrowserCheck {

    private BrowserCheck() {
    }

    static String run(BenchRun run, BenchRun.AppTarget app) {
        String chromium = System.getenv().getOrDefault("MINUTEBOOK_CHROMIUM", "/usr/bin/chromium");
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(chromium))
                    .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            Page page = browser.newPage();
            page.setDefaultTimeout(60_000);
            String user = app.meeting.participants().get(app.meeting.participants().size() - 1);
            page.navigate(app.base() + "/login");
            page.getByLabel("Username").fill(user);
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(BenchRun.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.waitForURL(u -> !u.contains("/login"));
            page.navigate(app.base() + "/" + app.route());
            page.getByText("Draft — subject to approval").or(page.locator(".live-record")).first().waitFor();
            var markers = new Markers(app.savedAt.length);
            var client = app.viewer(0, markers);
            int n = app.nextChange++;
            app.save(n);
            app.savedAt[n] = System.nanoTime();
            page.getByText(Markers.text(n)).waitFor();
            long browserAt = System.nanoTime();
            long until = System.nanoTime() + 15_000_000_000L;
            while (markers.receivedAt[n] < 0 && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            client.close();
            browser.close();
            if (markers.receivedAt[n] < 0) {
                return "FAILED: Chromium showed the paragraph, the protocol client did not receive it";
            }
            return "passed (Chromium showed the saved paragraph's text; the protocol client received it "
                    + Math.round((markers.receivedAt[n] - app.savedAt[n]) / 1e6) + " ms after the save, Chromium had it in the page by "
                    + Math.round((browserAt - app.savedAt[n]) / 1e6) + " ms)";
        } catch (Exception e) {
            return "FAILED: " + e;
        }
    }
}
