package org.minutebook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.minutebook.testsupport.BrowserTest;

/** A clerk signs in, schedules a meeting, puts two items on its agenda, reloads and finds them there. */
class ClerkAgendaE2ETest extends BrowserTest {

    static final String SCRUTINY = "Children and Young People's Services Scrutiny Committee";

    @Test
    void clerkCreatesAMeetingWithTwoItemsAndFindsThemAfterAReload() {
        Page page = signedIn("clerk");
        assertAccessible(page);
        screenshot(page, "meetings");

        LocalDate day = LocalDate.now().plusMonths(2).withDayOfMonth(10);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule a meeting of the " + SCRUTINY)).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        Locator picker = dialog.locator("vaadin-date-time-picker");
        picker.locator("vaadin-date-picker input").fill(day.format(DateTimeFormatter.ofPattern("d/M/yyyy")));
        picker.locator("vaadin-date-picker input").press("Enter");
        picker.locator("vaadin-time-picker input").fill("10:30");
        picker.locator("vaadin-time-picker input").press("Enter");
        dialog.getByLabel("Venue").fill("County Hall, Chichester");
        screenshot(page, "schedule-meeting-dialog");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Schedule")).click();
        assertThat(page.getByText("Meeting scheduled for")).isVisible();

        String when = day.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile(when))).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit agenda")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Agenda: " + SCRUTINY))).isVisible();

        addItem(page, "Children First improvement plan: progress report");
        addItem(page, "Fostering recruitment campaign");
        screenshot(page, "agenda-editor");

        page.reload();
        assertThat(page.getByText("Children First improvement plan: progress report")).isVisible();
        assertThat(page.getByText("Fostering recruitment campaign")).isVisible();
        // Checked after the reload: the "Item added" notifications would otherwise be caught mid-animation.
        assertAccessible(page);
        // New business sits before "Date of next meeting", which closes every agenda, and is numbered by order.
        Locator rows = page.locator(".agenda-row-title");
        assertThat(rows).containsText(new String[] {"Apologies", "Declarations", "Minutes of the previous meeting",
                "Matters arising", "Children First improvement plan", "Fostering recruitment", "Date of next meeting"});
        assertThat(rows.nth(5)).hasText(java.util.regex.Pattern.compile("^6\\.\\s*Fostering recruitment campaign"));
    }

    private static void addItem(Page page, String title) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add item")).first().click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("Title", new Locator.GetByLabelOptions().setExact(true)).fill(title);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add item")).click();
        assertThat(page.getByText("Item added.")).isVisible();
        assertThat(dialog).isHidden();
    }
}
