package org.minutebook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.testsupport.AsUser.as;
import static org.minutebook.testsupport.AsUser.run;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.minutebook.meeting.AgendaItem;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.ItemDetails;
import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.MeetingService;
import org.minutebook.minutes.MinuteParagraph;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.testsupport.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two clerks' browsers edit the same paragraph; the second to save is shown both texts and decides. Nothing is
 * overwritten without that choice.
 */
class ClerkConflictE2ETest extends BrowserTest {

    static final String ORIGINAL = "The Board received the plan.";
    static final String FIRST = "The Board received the plan and thanked the Director.";
    static final String SECOND = "The Board received and noted the plan.";

    @Autowired
    MeetingService meetings;
    @Autowired
    ChairService chair;
    @Autowired
    MinutesService minutes;
    @Autowired
    PeopleService people;

    @Test
    void theSecondClerkToSaveSeesBothTextsAndChoosesWhatTheMinutesSay() {
        long board = people.bodyNamed("West Sussex Health and Wellbeing Board").orElseThrow().getId();
        Meeting meeting = as("clerk", Role.CLERK, () -> meetings.schedule(board, null, "County Hall, Chichester", 1, false));
        ItemDetails d = new ItemDetails();
        d.setTitle("Better Care Fund plan");
        AgendaItem item = as("clerk", Role.CLERK, () -> meetings.addItem(meeting.getId(), d));
        run("clerk", Role.CLERK, () -> meetings.publishAgenda(meeting.getId()));
        run("chair", Role.MEMBER, () -> {
            chair.openMeeting(meeting.getId());
            chair.openItem(item.getId());
        });
        MinuteParagraph paragraph = as("clerk", Role.CLERK, () -> minutes.addParagraph(item.getId(), ORIGINAL));

        Page one = openEditor(meeting, paragraph);
        Page two = openEditor(meeting, paragraph);

        save(one, FIRST);
        assertThat(one.locator(".clerk-editor")).hasCount(0);
        save(two, SECOND);

        Locator dialog = two.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Someone else saved this paragraph while you were editing it");
        assertThat(dialog.locator("pre").first()).hasText(SECOND);
        assertThat(dialog.locator("pre").nth(1)).hasText(FIRST);
        assertThat(dialog).containsText("Saved meanwhile by");
        assertThat(textNow(paragraph)).as("nothing overwritten before the choice").isEqualTo(FIRST);
        screenshot(two, "clerk-conflict-dialog");

        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Use mine")).click();
        assertThat(two.locator(".clerk-editor")).hasCount(0);
        assertThat(two.locator("#clerk-para-" + paragraph.getId())).containsText(SECOND);
        assertThat(one.locator("#clerk-para-" + paragraph.getId())).containsText(SECOND);
        assertThat(textNow(paragraph)).isEqualTo(SECOND);
    }

    private Page openEditor(Meeting meeting, MinuteParagraph paragraph) {
        Page clerk = signedIn("clerk");
        clerk.navigate(url("/meetings/" + meeting.getId() + "/clerk"));
        clerk.locator("#clerk-para-" + paragraph.getId()).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Edit")).first().click();
        assertThat(clerk.getByLabel("Paragraph text")).hasValue(ORIGINAL);
        return clerk;
    }

    private static void save(Page clerk, String text) {
        clerk.getByLabel("Paragraph text").fill(text);
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save (Ctrl+Enter)")).click();
    }

    private String textNow(MinuteParagraph paragraph) {
        return as("clerk", Role.CLERK, () -> minutes.paragraph(paragraph.getId()).getText());
    }
}
