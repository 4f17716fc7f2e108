package org.minutebook.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minutebook.testsupport.AsUser.as;
import static org.minutebook.testsupport.AsUser.run;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.MeetingService;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The minutes' lifecycle on the signed-in meeting page, one role at a time, without a browser. */
@MinutebookTest
class MinutesLifecycleViewTest extends SpringBrowserlessTest {

    static final String FIRST = "Ms Jones presented the plan for the Better Care Fund.";
    static final String CORRECTED = "Ms Jones and Mr Khan presented the plan for the Better Care Fund.";

    @Autowired
    MinutesLifecycleService lifecycle;
    @Autowired
    MinutesService minutes;
    @Autowired
    MeetingService meetings;
    @Autowired
    ChairService chair;
    @Autowired
    PeopleService people;

    private LifecycleMeetings held() {
        return LifecycleMeetings.held(meetings, chair, people, minutes, FIRST);
    }

    private MeetingView open(long meetingId) {
        return navigate("meetings/" + meetingId, MeetingView.class);
    }

    private Button button(String text) {
        return $(Button.class).withText(text).single();
    }

    private boolean hasButton(String text) {
        return $(Button.class).withText(text).exists();
    }

    private TextArea area(String label) {
        return $(TextArea.class).withCaption(label).single();
    }

    /** The minute paragraphs as rendered (Html components: their markup is not text children). */
    private String recordHtml() {
        return String.join("", org.minutebook.testsupport.RenderedText.html(getCurrentView().getElement()));
    }

    private String pageText() {
        return org.minutebook.testsupport.RenderedText.of(getCurrentView().getElement());
    }

    @Test
    @WithMockUser(username = "member", roles = "MEMBER")
    void aMemberSuggestsACorrectionAndSeesItWaiting() {
        var m = held();
        MeetingView view = open(m.heldId());
        assertThat(view.lifecyclePanel).isNotNull();
        assertThat(pageText()).contains("The minutes are a draft", "Draft — subject to approval");
        assertThat(hasButton("Publish draft early")).isFalse();
        test(button("Suggest a correction")).click();
        test($(Select.class).single()).selectItem("14.1 " + FIRST);
        assertThat(area("Proposed text").getValue()).isEqualTo(FIRST);
        test(area("Proposed text")).setValue(CORRECTED);
        test(button("Send suggestion")).click();
        assertThat(area("Why it should change").isInvalid()).isTrue();
        assertThat(area("Why it should change").getErrorMessage()).isEqualTo("Say why the paragraph should change");

        test(area("Why it should change")).setValue("Mr Khan presented it too");
        test(button("Send suggestion")).click();
        view = (MeetingView) getCurrentView();
        assertThat(view.lifecyclePanel.feedback.getText()).isEqualTo("Suggestion sent to the clerk.");
        assertThat(pageText()).contains("Your suggested corrections", "Paragraph 14.1 — Demo Member",
                "Awaiting the clerk", "Proposed: " + CORRECTED, "Reason: Mr Khan presented it too");
        assertThat(hasButton("Accept")).isFalse();
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void theClerkAcceptsOneSuggestionRejectsAnotherAndPublishesTheDraftEarly() {
        var m = held();
        as("member", Role.MEMBER, () -> lifecycle.suggestCorrection(m.paragraphId(), CORRECTED, "Mr Khan presented it too"));
        as("chair", Role.MEMBER, () -> lifecycle.suggestCorrection(m.paragraphId(), "Someone else presented it.", "Not Ms Jones"));
        open(m.heldId());
        assertThat(pageText()).contains("Suggested corrections", "Demo Member", "Demo Chair");
        test($(Button.class).withText("Accept").first()).click();
        assertThat(((MeetingView) getCurrentView()).lifecyclePanel.feedback.getText())
                .isEqualTo("Suggestion accepted: the paragraph now reads as proposed.");
        assertThat(recordHtml()).contains(CORRECTED);

        test(button("Reject…")).click();
        test(button("Reject suggestion")).click();
        assertThat(area("Reason for rejecting").getErrorMessage()).isEqualTo("Say why the suggestion is rejected");
        test(area("Reason for rejecting")).setValue("Ms Jones presented it, with Mr Khan");
        test(button("Reject suggestion")).click();
        assertThat(pageText()).contains("Accepted by Demo Clerk", "Rejected by Demo Clerk: Ms Jones presented it, with Mr Khan");
        assertThat(hasButton("Accept")).isFalse();

        test(button("Publish draft early")).click();
        test(button("Publish draft")).click();
        assertThat(pageText()).contains("The draft has been published by Demo Clerk", "Draft minutes published");
        assertThat(hasButton("Publish draft early")).isFalse();
        assertThat(minutes.record(m.heldId()).draft()).as("the public now reads the draft, marked").isTrue();
    }

    @Test
    @WithMockUser(username = "chair", roles = "MEMBER")
    void theChairPutsTheMinutesAndSignsThemOffAtTheNextMeeting() {
        var m = held();
        var next = m.next(meetings, chair);
        MeetingView view = open(next.id());
        assertThat(view.previousMinutes).isNotNull();
        assertThat(pageText()).contains("Minutes of the previous meeting", "awaiting approval");
        assertThat(hasButton("Agreed as a correct record — sign off")).isFalse();
        test(button("Put for approval")).click();
        assertThat(pageText()).contains("put for approval at this meeting");
        test(area("Subject to (corrections agreed at the meeting, if any)")).setValue("the addition of Mr Khan as a presenter");
        test(button("Agreed as a correct record — sign off")).click();
        view = (MeetingView) getCurrentView();
        assertThat(view.previousMinutes).as("nothing left to approve").isNull();
        assertThat(recordHtml()).contains("were agreed as a correct record, subject to the addition of Mr Khan as a presenter, "
                + "and signed by the Chair.");

        open(m.heldId());
        assertThat(pageText()).contains("Approved, not yet published.", "signed off by Demo Chair");
        assertThat(hasButton("Publish minutes")).as("the clerk publishes").isFalse();
    }

    @Test
    @WithMockUser(username = "member", roles = "MEMBER")
    void aMemberSeesTheMinutesAwaitingApprovalButCannotPutOrSignThem() {
        var m = held();
        var next = m.next(meetings, chair);
        open(next.id());
        assertThat(pageText()).contains("Minutes of the previous meeting", "awaiting approval");
        assertThat(hasButton("Put for approval")).isFalse();
        assertThat(hasButton("Agreed as a correct record — sign off")).isFalse();
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void theClerkPublishesApprovedMinutesThenCorrectsThemAsANewVersion() {
        var m = held();
        var next = m.next(meetings, chair);
        run("chair", Role.MEMBER, () -> {
            lifecycle.putForApproval(m.heldId(), next.previousMinutesItemId());
            lifecycle.signOff(m.heldId(), null);
        });
        open(m.heldId());
        test(button("Publish minutes")).click();
        test(button("Publish")).click();
        assertThat(pageText()).contains("Published by Demo Clerk", "Version 1, published on ", "(current)");

        test(button("Correct published minutes")).click();
        test($(Select.class).single()).selectItem("14.1 " + FIRST);
        test(area("Corrected text")).setValue(CORRECTED);
        test(area("Reason for the correction")).setValue("Mr Khan also presented the plan");
        test(button("Publish corrected version")).click();
        assertThat(((MeetingView) getCurrentView()).lifecyclePanel.feedback.getText())
                .isEqualTo("Corrected minutes published as a new version.");
        assertThat(pageText()).contains("Version 2, corrected on ", ": Mr Khan also presented the plan (current)");
        assertThat(recordHtml()).contains(CORRECTED);
        assertThat(lifecycle.version(m.heldId(), 1).orElseThrow().items().getFirst().paragraphs().getFirst().html()).contains(FIRST);
    }
}
