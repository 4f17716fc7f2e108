package org.minutebook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.minutebook.testsupport.BrowserTest;

/** Administration is for administrators: a member neither sees nor reaches it. */
class AdministrationE2ETest extends BrowserTest {

    @Test
    void aMemberCannotOpenAdministrationPages() {
        Page page = signedIn("member");
        assertThat(page.getByRole(AriaRole.NAVIGATION).getByText("Bodies")).hasCount(0);
        for (String path : new String[] {"/admin/bodies", "/admin/people", "/admin/accounts"}) {
            page.navigate(url(path));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bodies"))).hasCount(0);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("User accounts"))).hasCount(0);
            assertThat(page.locator("vaadin-grid")).hasCount(0);
        }
    }

    @Test
    void theAdministrationPagesAreAccessible() {
        Page page = signedIn("admin");
        for (String[] view : new String[][] {{"/admin/bodies", "admin-bodies"}, {"/admin/people", "admin-people"},
                {"/admin/accounts", "admin-accounts"}, {"/account", "my-account"}}) {
            page.navigate(url(view[0]));
            page.locator("main, vaadin-app-layout").first().waitFor();
            page.waitForLoadState();
            assertThat(page.locator("h1")).isVisible();
            assertAccessible(page);
            screenshot(page, view[1]);
        }
    }

    @Test
    void theMeetingPageIsAccessibleToAMember() {
        Page page = signedIn("member");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Date not recorded")).first().click();
        assertThat(page.getByText("14.1")).isVisible();
        assertAccessible(page);
        screenshot(page, "meeting-view");
    }
}
