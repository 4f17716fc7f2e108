package org.minutebook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.MeetingService;
import org.minutebook.minutes.LifecycleMeetings;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.PeopleService;
import org.minutebook.testsupport.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The minutes' whole lifecycle in Chromium, on a meeting made for this test (the seed meeting's published minutes are
 * left alone): a member suggests a correction to the draft, the clerk accepts it, the chair puts the minutes for
 * approval at the next meeting and signs them off, the clerk publishes them and a visitor reads the corrected text;
 * then a correction after publication makes version 2 and version 1 stays readable as it was.
 */
class MinutesLifecycleE2ETest extends BrowserTest {

    static final String DRAFTED = "Mr Smyth presented the Better Care Fund plan for the year.";
    static final String SUGGESTED = "Mr Smith presented the Better Care Fund plan for the year.";
    static final String LATER = "Mr Smith and Ms Patel presented the Better Care Fund plan for the year.";

    @Autowired
    MeetingService meetings;
    @Autowired
    ChairService chair;
    @Autowired
    PeopleService people;
    @Autowired
    MinutesService minutes;

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /**
     * Chooses the paragraph, and waits until its current text has come back into {@code field}: typing over the
     * field before that round trip lands lets the text arrive mid-typing, and the two run together.
     */
    private static void chooseParagraph(Page page, String number, String field, String currentText) {
        page.locator("vaadin-select").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(number + " ")).first().click();
        assertThat(page.getByLabel(field)).hasValue(currentText);
    }

    @Test
    void draftToPublishedWithACorrectionThenVersionTwo() {
        var m = LifecycleMeetings.held(meetings, chair, people, minutes, DRAFTED);
        String meetingPage = url("/meetings/" + m.heldId());
        String publicPage = url("/public/meetings/" + m.heldId());

        // The public never see the unpublished draft.
        Page visitor = newVisitor();
        visitor.navigate(publicPage);
        assertThat(visitor.locator("main")).containsText("The minutes of this meeting have not been published yet");
        assertThat(visitor.locator("main")).not().containsText("Smyth");

        // A member of the board reads the draft and suggests a correction.
        Page member = signedIn("member");
        member.navigate(meetingPage);
        assertThat(member.locator(".minutes-lifecycle")).containsText("The minutes are a draft");
        button(member, "Suggest a correction").click();
        chooseParagraph(member, "14.1", "Proposed text", DRAFTED);
        member.getByLabel("Proposed text").fill(SUGGESTED);
        member.getByLabel("Why it should change").fill("The presenter's name is Smith");
        button(member, "Send suggestion").click();
        assertThat(member.locator(".lifecycle-feedback").first()).hasText("Suggestion sent to the clerk.");
        assertThat(member.locator(".suggestions")).containsText("Awaiting the clerk");
        screenshot(member, "lifecycle-1-member-suggests");
        assertAccessible(member);

        // The clerk accepts it: the paragraph now reads as suggested, and the member sees the outcome.
        Page clerk = signedIn("clerk");
        clerk.navigate(meetingPage);
        assertThat(clerk.locator(".suggestions")).containsText("Demo Member");
        button(clerk, "Accept").click();
        assertThat(clerk.locator(".lifecycle-feedback").first()).hasText("Suggestion accepted: the paragraph now reads as proposed.");
        assertThat(clerk.locator(".record .para-body").first()).hasText(SUGGESTED);
        screenshot(clerk, "lifecycle-2-clerk-accepted");
        member.reload();
        assertThat(member.locator(".suggestions")).containsText("Accepted by Demo Clerk");

        // At the next meeting the chair puts the minutes for approval and signs them off.
        var next = m.next(meetings, chair);
        Page chairPage = signedIn("chair");
        chairPage.navigate(url("/meetings/" + next.id()));
        assertThat(chairPage.locator(".previous-minutes")).containsText("awaiting approval");
        button(chairPage, "Put for approval").click();
        assertThat(chairPage.locator(".previous-minutes")).containsText("put for approval at this meeting");
        chairPage.getByLabel("Subject to (corrections agreed at the meeting, if any)").fill("the spelling of Mr Smith's name");
        screenshot(chairPage, "lifecycle-3-chair-puts-for-approval");
        button(chairPage, "Agreed as a correct record — sign off").click();
        assertThat(chairPage.locator(".lifecycle-feedback").first()).containsText("were agreed as a correct record and signed off");
        assertThat(chairPage.locator(".record")).containsText(
                "were agreed as a correct record, subject to the spelling of Mr Smith's name, and signed by the Chair.");
        screenshot(chairPage, "lifecycle-4-chair-signed");

        // The clerk publishes; a visitor reads the corrected text.
        clerk.navigate(meetingPage);
        assertThat(clerk.locator(".minutes-lifecycle")).containsText("signed off by Demo Chair");
        button(clerk, "Publish minutes").click();
        button(clerk, "Publish").click();
        assertThat(clerk.locator(".minutes-lifecycle")).containsText("Published by Demo Clerk");
        visitor.navigate(publicPage);
        assertThat(visitor.locator(".record .para-body").first()).hasText(SUGGESTED);
        assertThat(visitor.locator("main")).not().containsText("Draft — subject to approval");
        screenshot(visitor, "lifecycle-5-public-published");
        assertAccessible(visitor);

        // A correction after publication: version 2, with its reason; version 1 still reads as it was.
        clerk.navigate(meetingPage);
        button(clerk, "Correct published minutes").click();
        chooseParagraph(clerk, "14.1", "Corrected text", SUGGESTED);
        clerk.getByLabel("Corrected text").fill(LATER);
        clerk.getByLabel("Reason for the correction").fill("Ms Patel also presented the plan");
        button(clerk, "Publish corrected version").click();
        assertThat(clerk.locator(".minutes-versions")).containsText("Version 2, corrected on");
        screenshot(clerk, "lifecycle-6-clerk-version-2");

        visitor.navigate(publicPage);
        assertThat(visitor.locator(".record .para-body").first()).hasText(LATER);
        assertThat(visitor.locator(".minutes-version")).containsText("Version 2, corrected on");
        assertThat(visitor.locator(".minutes-version")).containsText("Ms Patel also presented the plan");
        screenshot(visitor, "lifecycle-7-public-version-2");
        assertAccessible(visitor);
        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Version 1").setExact(true)).click();
        visitor.waitForURL(u -> u.endsWith("/minutes/versions/1"));
        assertThat(visitor.locator(".record .para-body").first()).hasText(SUGGESTED);
        assertThat(visitor.locator(".minutes-version")).containsText("This version has been superseded");
        screenshot(visitor, "lifecycle-8-public-version-1");
        assertAccessible(visitor);
    }
}
