package org.minutebook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.minutebook.people.AccountService;
import org.minutebook.people.Role;
import org.minutebook.testsupport.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

class SignInE2ETest extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Test
    void wrongPasswordGetsAClearMessage() {
        Page page = newVisitor();
        page.navigate(url("/login"));
        assertAccessible(page);
        screenshot(page, "login");
        page.getByLabel("Username").fill("member");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByText("Wrong username or password")).isVisible();
        assertThat(page.getByText("Check your username and password and try again.")).isVisible();
        screenshot(page, "login-wrong-password");
    }

    @Test
    void clerkSignsInAndLandsOnTheMeetings() {
        Page page = signedIn("clerk");
        assertThat(page).hasURL(url("/meetings"));
    }

    @Test
    void repeatedFailedSignInsAreSlowedDownWithAMessageThatSaysSo() {
        String username = "throttled-" + System.nanoTime();
        accounts.createInitial(username, "Throttled Tester", "the-right-password", Role.MEMBER, null);
        Page page = newVisitor();
        for (int attempt = 1; attempt <= 4; attempt++) {
            page.navigate(url("/login"));
            page.getByLabel("Username").fill(username);
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("wrong-password-" + attempt);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.waitForURL(u -> u.contains("/login?"));
        }
        // Even the right password must wait now.
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("the-right-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByText("Too many failed sign-ins")).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/login\\?locked"));
    }
}
