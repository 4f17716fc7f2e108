package org.minutebook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.seeds.SeedMinutes;
import org.minutebook.seeds.SeedText;
import org.minutebook.seeds.Seeds;
import org.minutebook.testsupport.BrowserTest;

/**
 * An anonymous visitor finds the West Sussex Health and Wellbeing Board's minute 14 from the home page and reads it
 * as the seed record prints it. The expected text comes from the seed file, through the one normaliser.
 */
class PublicMinutesE2ETest extends BrowserTest {

    @Test
    void visitorReadsMinutes14Point1To14Point8AndTheResolutionAsTheSeedPrintsThem() {
        SeedMinutes seed = Seeds.minutes(0);
        Page page = newVisitor();
        page.navigate(url("/"));
        assertAccessible(page);
        screenshot(page, "public-home");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("West Sussex Health and Wellbeing Board")).first().click();
        assertAccessible(page);
        screenshot(page, "public-body");

        // The seed meeting has no date in the record; its link says so.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Date not recorded")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)).first())
                .hasText("14. " + SeedText.normalise(seed.itemTitle()).replace("'", "'"));
        assertAccessible(page);
        screenshot(page, "public-seed-meeting");

        Locator paragraphs = page.locator(".record .para");
        List<String> numbers = paragraphs.locator(".para-number").allInnerTexts();
        assertThat(numbers).containsExactlyElementsOf(seed.numbers());

        for (SeedMinutes.Paragraph expected : seed.paragraphs()) {
            Locator shown = paragraphs.filter(new Locator.FilterOptions().setHas(
                    page.locator(".para-number", new Page.LocatorOptions().setHasText(expected.number()))));
            String body = SeedText.normalise(shown.locator(".para-body").innerText());
            if (expected.isResolution()) {
                assertThat(body).startsWith(SeedText.normalise(expected.resolution().preamble()));
                for (SeedMinutes.Clause clause : expected.resolution().clauses()) {
                    assertThat(body).contains(SeedText.normalise(clause.mark() + " " + clause.text()));
                }
            } else {
                assertThat(body).as("minute " + expected.number()).isEqualTo(SeedText.normalise(expected.allText()));
            }
        }
        assertThat(page.locator(".draft-banner")).hasCount(0);
    }
}
