package org.minutebook.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minutebook.meeting.AgendaItem;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.ItemDetails;
import org.minutebook.meeting.ItemStatus;
import org.minutebook.meeting.MeetingService;
import org.minutebook.minutes.MeetingView;
import org.minutebook.people.Body;
import org.minutebook.people.Membership;
import org.minutebook.people.MembershipRole;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.security.MeetingStatus;
import org.minutebook.testsupport.AsUser;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@MinutebookTest
@WithMockUser(username = "chair", roles = "MEMBER")
class ChairConsoleViewTest extends SpringBrowserlessTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    ChairService chair;
    @Autowired
    PeopleService people;

    Body board;
    long meetingId;
    AgendaItem betterCare;
    AgendaItem careHomes;

    @BeforeEach
    void aMeetingWithAPublishedAgendaAndAnExemptItem() {
        board = people.bodyNamed("West Sussex Health and Wellbeing Board").orElseThrow();
        meetingId = AsUser.as("clerk", Role.CLERK,
                () -> meetings.schedule(board.getId(), Instant.now().plus(1, ChronoUnit.DAYS), "County Hall", 1, false).getId());
        betterCare = AsUser.as("clerk", Role.CLERK, () -> meetings.addItem(meetingId, item("Better Care Fund", null)));
        careHomes = AsUser.as("clerk", Role.CLERK, () -> meetings.addItem(meetingId, item("Care home contract", 3)));
        AsUser.run("clerk", Role.CLERK, () -> meetings.publishAgenda(meetingId));
    }

    private static ItemDetails item(String title, Integer exemptParagraph) {
        var d = new ItemDetails();
        d.setTitle(title);
        d.setExempt(exemptParagraph != null);
        d.setExemptParagraph(exemptParagraph);
        return d;
    }

    private ChairConsoleView console() {
        return navigate("meetings/" + meetingId + "/chair", ChairConsoleView.class);
    }

    private ChairConsoleView liveConsole() {
        var view = console();
        test(view.console.controls.open).click();
        return view;
    }

    private long personWithRole(MembershipRole role) {
        return people.currentMembers(board.getId()).stream().filter(m -> m.getRole() == role)
                .map(Membership::getPersonId).findFirst().orElseThrow();
    }

    // A push arrives on the relay's thread ~20 ms after commit. The test thread holds the session lock, so the
    // console's ui.access task waits in the session's queue; browserless's client round trip (unlock, lock) runs it.
    // (BaseBrowserlessTest.roundTrip() only flushes component changes and does not run that queue.)
    private static void awaitPush(BooleanSupplier arrived) throws InterruptedException {
        long until = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < until) {
            MockVaadin.clientRoundtrip();
            if (arrived.getAsBoolean()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The update did not reach the console within 5 s");
    }

    @Test
    void theChairOpensTheMeetingAndTheFirstItemWhichIsMarkedCurrent() {
        var view = console();
        assertThat(view.console.agenda.next.isEnabled()).as("nothing to move through before the meeting opens").isFalse();
        test(view.console.controls.open).click();
        assertThat(meetings.meeting(meetingId).getStatus()).isEqualTo(MeetingStatus.LIVE);

        var row = view.console.agenda.rows.get(betterCare.getId());
        test(row.open).click();
        assertThat(row.marker.isVisible()).isTrue();
        assertThat(row.marker.getText()).isEqualTo("Now");
        assertThat(row.getElement().getAttribute("aria-current")).isEqualTo("step");
        assertThat(view.console.agenda.now.getText()).isEqualTo("Current item: 1. Better Care Fund");
        assertThat(row.badges.getElement().getTextRecursively()).contains("Under discussion");
        assertThat(view.console.agenda.rows.get(careHomes.getId()).marker.isVisible()).isFalse();
    }

    @Test
    void nextItemByShortcutAsksBeforeExcludingThePublicForAnExemptItem() {
        var view = liveConsole();
        test(view.console.agenda.rows.get(betterCare.getId()).open).click();
        assertThat(view.console.agenda.next.getElement().getAttribute("aria-label")).contains("Alt+N");

        fireShortcut(Key.KEY_N, KeyModifier.ALT);
        assertThat(view.console.agenda.exemptDialog.isOpened()).isTrue();
        assertThat(test(view.console.agenda.exemptDialog).getText()).contains("paragraph 3 of Part 1 of Schedule 12A");
        assertThat(meetings.meeting(meetingId).getCurrentItemId()).as("not before the chair confirms").isEqualTo(betterCare.getId());

        test($(ConfirmDialog.class).single()).confirm();
        assertThat(meetings.meeting(meetingId).getCurrentItemId()).isEqualTo(careHomes.getId());
        assertThat(view.console.agenda.exclusion.isVisible()).isTrue();
        assertThat(view.console.agenda.exclusion.getText()).contains("press and public are excluded", "paragraph 3");
        assertThat(view.console.agenda.rows.get(betterCare.getId()).badges.getElement().getTextRecursively())
                .as("left without an outcome").contains("Opened earlier — no outcome yet");
    }

    @Test
    void theChairDefersAnItemAndSeesItsStatus() {
        var view = liveConsole();
        var row = view.console.agenda.rows.get(careHomes.getId());
        test(row.defer).click();
        assertThat(meetings.item(careHomes.getId()).getStatus()).isEqualTo(ItemStatus.DEFERRED);
        assertThat(row.badges.getElement().getTextRecursively()).contains("Deferred");
        assertThat(row.defer.isVisible()).isFalse();
    }

    @Test
    void anUrgentItemNeedsATitleAndThenJoinsTheAgenda() {
        var view = liveConsole();
        test(view.console.agenda.addUrgent).click();
        assertThat(view.console.agenda.urgentTitle.isInvalid()).isTrue();
        assertThat(view.console.agenda.urgentTitle.getErrorMessage()).isEqualTo("Enter the urgent item's title");

        test(view.console.agenda.urgentTitle).setValue("Winter pressures");
        test(view.console.agenda.addUrgent).click();
        assertThat(view.console.agenda.rows.values()).extracting(r -> r.heading.getText())
                .containsExactly("1. Better Care Fund", "2. Care home contract", "3. Urgent item: Winter pressures");
    }

    @Test
    @WithMockUser(username = "member", roles = "MEMBER")
    void aMemberGetsTheRefusalPageAndNoControls() {
        var view = console();
        assertThat($view(H1.class).single().getText()).isEqualTo("Only the chair or the clerk can run this meeting");
        assertThat(view.console).isNull();
        assertThat($view(Button.class).exists()).isFalse();
    }

    @Test
    void theMeetingPageLinksTheChairToTheConsole() {
        navigate("meetings/" + meetingId, MeetingView.class);
        assertThat($view(Anchor.class).withText("Chair's console").single().getHref()).isEqualTo("meetings/" + meetingId + "/chair");
    }

    @Test
    @WithMockUser(username = "member", roles = "MEMBER")
    void aMembersMeetingPageHasNoLinkToTheConsole() {
        navigate("meetings/" + meetingId, MeetingView.class);
        assertThat($view(Anchor.class).withText("Chair's console").exists()).isFalse();
    }

    @Test
    void theQuorumIndicatorFollowsTheRollCallAndAMemberLeaving() {
        setQuorum(2);
        try {
            var view = liveConsole();
            assertThat(view.console.quorum.getText()).isEqualTo("Not quorate: 0 present, 2 needed");
            assertThat(view.console.quorum.getElement().getAttribute("role")).isEqualTo("status");

            test(view.console.rollCall.rows.get(personWithRole(MembershipRole.CHAIR)).kind).selectItem("Present");
            var member = view.console.rollCall.rows.get(personWithRole(MembershipRole.MEMBER));
            test(member.kind).selectItem("Present");
            assertThat(view.console.quorum.getText()).isEqualTo("Quorate: 2 present, 2 needed");
            assertThat(view.console.quorum.hasClassName("not-quorate")).isFalse();

            test(member.leaves).click();
            assertThat(view.console.quorum.getText()).isEqualTo("Not quorate: 1 present, 2 needed");
            assertThat(view.console.quorum.hasClassName("not-quorate")).isTrue();
            assertThat(member.left.getText()).startsWith("Left at ");
        } finally {
            setQuorum(null);
        }
    }

    private void setQuorum(Integer quorum) {
        AsUser.run("admin", Role.ADMIN, () -> {
            Body body = people.body(board.getId());
            body.setQuorum(quorum);
            people.saveBody(body);
        });
    }

    @Test
    void closingWithAnOpenedButUnrecordedItemListsItBeforeClosing() {
        var view = liveConsole();
        test(view.console.agenda.rows.get(betterCare.getId()).open).click();

        test(view.console.controls.close).click();
        assertThat(view.console.controls.closeDialog.isOpened()).isTrue();
        assertThat(view.console.controls.unrecorded.getElement().getTextRecursively()).isEqualTo("1. Better Care Fund");

        test($(ConfirmDialog.class).single()).confirm();
        assertThat(meetings.meeting(meetingId).getStatus()).isEqualTo(MeetingStatus.CLOSED);
        assertThat(view.console.controls.close.isVisible()).isFalse();
    }

    @Test
    void aMembersRequestToSpeakReachesTheChairsQueueWithoutAClick() throws InterruptedException {
        var view = liveConsole();
        assertThat(view.console.speakers.lines).isEmpty();

        AsUser.run("member", Role.MEMBER, () -> chair.requestToSpeak(meetingId));
        awaitPush(() -> !view.console.speakers.lines.isEmpty());

        var line = view.console.speakers.lines.values().iterator().next();
        assertThat(line.who.getText()).isEqualTo("Demo Member");
        test(line.give).click();
        assertThat(line.floor.isVisible()).isTrue();
    }

    @Test
    void theChairAddsASpeakerWhoIsNotAMemberByName() {
        var view = liveConsole();
        test(view.console.speakers.add).click();
        assertThat(view.console.speakers.name.getErrorMessage()).isEqualTo("Enter the speaker's name");

        test(view.console.speakers.name).setValue("Councillor Vickery");
        test(view.console.speakers.add).click();
        assertThat(view.console.speakers.lines.values()).extracting(l -> l.who.getText())
                .containsExactly("Councillor Vickery (not a member)");
    }

    @Test
    void aDeclarationOfInterestOnAnItemIsRecordedAndListed() {
        var view = liveConsole();
        test(view.console.declarations.save).click();
        assertThat(view.console.declarations.text.getErrorMessage()).isEqualTo("Say what the interest is");

        test(view.console.declarations.person).selectItem("Demo Member");
        test(view.console.declarations.item).selectItem("1. Better Care Fund");
        test(view.console.declarations.kind).selectItem("Personal");
        test(view.console.declarations.text).setValue("as a trustee of a local carers' charity");
        test(view.console.declarations.save).click();
        assertThat(chair.declarations(meetingId)).hasSize(1);
        assertThat(view.console.declarations.list.getElement().getTextRecursively())
                .isEqualTo("Demo Member — 1. Better Care Fund — Personal interest: as a trustee of a local carers' charity");
    }
}
