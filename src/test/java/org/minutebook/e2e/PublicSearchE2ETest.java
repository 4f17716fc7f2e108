package org.minutebook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minutebook.seeds.SeedMinutes;
import org.minutebook.seeds.SeedText;
import org.minutebook.seeds.Seeds;
import org.minutebook.testsupport.BrowserTest;

/**
 * A visitor who remembers that Healthwatch offered the board support searches for it and lands on that paragraph of
 * the West Sussex board's minutes; on the way the search, the calendar, the decisions and the accessibility statement
 * are checked by axe. The paragraph expected is the first of the seed record's minutes that names Healthwatch.
 */
class PublicSearchE2ETest extends BrowserTest {

    @Test
    void searchingForHealthwatchLandsOnTheSeedParagraphThatNamesIt() {
        SeedMinutes seed = Seeds.minutes(0);
        SeedMinutes.Paragraph expected = seed.paragraphs().stream()
                .filter(p -> p.allText().contains("Healthwatch")).findFirst().orElseThrow();

        Page page = newVisitor();
        page.navigate(url("/"));
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Portal"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Search")).click();
        assertAccessible(page);
        page.getByLabel("Search for").fill("Healthwatch");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
                .containsText("for “Healthwatch”");
        assertThat(page.locator(".results mark").first()).hasText(Pattern.compile("Healthwatch", Pattern.CASE_INSENSITIVE));
        assertAccessible(page);
        screenshot(page, "public-search-results");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Minute " + expected.number() + ":")).first().click();
        String anchor = "para-" + expected.number().replace('.', '-');
        page.waitForURL(u -> u.endsWith("#" + anchor));
        Locator target = page.locator("#" + anchor);
        assertThat(target).isInViewport();
        assertThat(target.locator(".para-number")).hasText(expected.number());
        assertThat(SeedText.normalise(target.locator(".para-body").innerText()))
                .isEqualTo(SeedText.normalise(expected.allText()));
        screenshot(page, "public-search-landed");

        // The paragraph's own address is stable: /minutes/14.6 brings a visitor to the same place.
        page.navigate(url(page.url().replaceAll("^https?://[^/]+", "").replaceAll("#.*$", "") + "/minutes/" + expected.number()));
        page.waitForURL(u -> u.endsWith("#" + anchor));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Calendar").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Calendar of meetings");
        assertAccessible(page);
        screenshot(page, "public-calendar");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Decisions").setExact(true)).click();
        SeedMinutes.Clauses resolution = seed.resolution().orElseThrow();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Decisions");
        assertThat(SeedText.normalise(page.locator(".decisions").innerText()))
                .contains(SeedText.normalise(resolution.clauses().getFirst().text()));
        assertAccessible(page);
        screenshot(page, "public-decisions");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accessibility statement")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Compliance status"))).isVisible();
        assertAccessible(page);
        screenshot(page, "public-accessibility");
    }
}
