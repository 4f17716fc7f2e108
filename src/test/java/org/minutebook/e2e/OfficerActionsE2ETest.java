package org.minutebook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.minutebook.actions.Action;
import org.minutebook.actions.ActionService;
import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.MeetingService;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.security.MeetingStatus;
import org.minutebook.testsupport.AsUser;
import org.minutebook.testsupport.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The officer follows Healthwatch's actions and reports progress; the clerk's next agenda starts from the actions
 * still open.
 */
class OfficerActionsE2ETest extends BrowserTest {

    static final String HWB = "West Sussex Health and Wellbeing Board";
    static final String SUPPORT = "Healthwatch to provide engagement support";

    @Autowired
    ActionService actions;
    @Autowired
    MeetingService meetings;
    @Autowired
    PeopleService people;

    private long boardId() {
        return people.bodyNamed(HWB).orElseThrow().getId();
    }

    @Test
    void theOfficerSeesHealthwatchsActionsAndReportsProgressThatShowsInTheHistory() {
        long supportId = AsUser.as("clerk", Role.CLERK, () -> actions.actionsOfBody(boardId())).stream()
                .filter(a -> a.getDescription().equals(SUPPORT)).map(Action::getId).findFirst().orElseThrow();
        Page page = signedIn("officer");
        page.navigate(url("/my-actions"));
        assertThat(page.getByText("Actions you own and those owned by Healthwatch.")).isVisible();
        assertThat(page.getByText(SUPPORT).first()).isVisible();
        assertAccessible(page);
        screenshot(page, "my-actions");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Progress: action " + supportId)).click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("Theme: Effective Partnerships")).isVisible();
        String note = "Engagement plan shared with the Board's partners (" + System.nanoTime() + ")";
        dialog.getByLabel("Progress update").fill(note);
        dialog.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Save update")).click();
        assertThat(dialog.locator(".action-history")).containsText(note);
        assertThat(dialog.locator(".action-history")).containsText("Demo Officer: ");
        screenshot(page, "my-actions-progress");
    }

    @Test
    void theClerkSeesEveryActionOfTheBoardWithOverdueInWords() {
        Page page = signedIn("clerk");
        page.navigate(url("/actions"));
        assertThat(page.getByText("Arrange a workshop to allow the Board to support the development of the Improvement Plan").first()).isVisible();
        assertThat(page.locator(".badge.overdue").first()).hasText("Overdue");
        assertThat(page.getByText("Download Excel (XLSX)")).isVisible();
        assertAccessible(page);
        screenshot(page, "actions-list");
    }

    @Test
    void theNextMeetingsAgendaOffersTheSeedMeetingsOpenActionsAsMattersArising() {
        Meeting upcoming = meetings.meetingsOf(boardId()).stream()
                .filter(m -> m.getStatus() == MeetingStatus.SCHEDULED && m.getStartsAt() != null).findFirst().orElseThrow();
        Page page = signedIn("clerk");
        page.navigate(url("/meetings/" + upcoming.getId() + "/agenda"));
        var offer = page.locator(".matters-arising-offer");
        assertThat(offer).containsText("Matters arising: open actions");
        assertThat(offer).containsText(SUPPORT);
        assertThat(offer).containsText("Share a revised funding position with the Board");
        screenshot(page, "agenda-matters-arising-offer");

        // Confirming is tried on a meeting of its own, so the demo's upcoming meeting stays as other tests expect it.
        Meeting next = AsUser.as("clerk", Role.CLERK, () -> meetings.schedule(boardId(),
                Instant.now().plus(90, ChronoUnit.DAYS), "County Hall, Chichester", 1));
        page.navigate(url("/meetings/" + next.getId() + "/agenda"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to \"Matters arising and action log\"")).click();
        assertThat(page.locator(".matters-arising-offer")).containsText("They are listed on the agenda");
        page.reload();
        assertThat(page.locator(".matters-arising-offer")).containsText("They are listed on the agenda");
    }
}
