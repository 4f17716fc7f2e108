package org.minutebook.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minutebook.live.MeetingChannel;
import org.minutebook.meeting.AgendaItem;
import org.minutebook.meeting.AttendanceKind;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.MeetingService;
import org.minutebook.minutes.ItemSection;
import org.minutebook.minutes.MeetingView;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Person;
import org.minutebook.people.Role;
import org.minutebook.testsupport.AsUser;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@MinutebookTest
class LiveMeetingViewTest extends SpringBrowserlessTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    ChairService chair;
    @Autowired
    MinutesService minutes;
    @Autowired
    PeopleService people;
    @Autowired
    MeetingChannel channel;
    @Autowired
    org.minutebook.actions.ActionService actions;

    long meetingId;
    AgendaItem fund;
    AgendaItem pharmacy;
    AgendaItem contract;

    @BeforeEach
    void aLiveMeeting() {
        var m = LiveBoardMeeting.start(meetings, chair, people);
        meetingId = m.id();
        fund = m.fund();
        pharmacy = m.pharmacy();
        contract = m.contract();
    }

    /** Runs the pushes queued for this test's UI until the view shows the change. */
    static void eventually(BooleanSupplier shown) {
        Pushes.eventually(MockVaadin::clientRoundtrip, shown);
    }

    LiveMeetingView open() {
        return navigate("meetings/" + meetingId + "/live", LiveMeetingView.class);
    }

    String text(com.vaadin.flow.component.Component c) {
        return c.getElement().getTextRecursively();
    }

    /** The text of the record, minute paragraphs included (they arrive as server-rendered HTML, not text nodes). */
    String recordText(LiveMeetingView view) {
        return org.minutebook.testsupport.RenderedText.of(view.record.getElement());
    }

    List<ListItem> agendaRows(LiveMeetingView view) {
        return view.agenda.list.getChildren().map(ListItem.class::cast).toList();
    }

    @Test
    @WithMockUser(username = "member", roles = "MEMBER")
    void theMeetingPageOffersTheLiveViewAndTheProjectorWhileTheMeetingIsLive() {
        navigate("meetings/" + meetingId, MeetingView.class);
        assertThat($(Anchor.class).withText("Follow live").single().getHref()).isEqualTo("meetings/" + meetingId + "/live");
        assertThat($(Anchor.class).withText("Projector").single().getHref()).isEqualTo("meetings/" + meetingId + "/projector");
    }

    @Test
    @WithMockUser(username = "member", roles = "MEMBER")
    void theMembersViewFollowsTheChairToTheNextItemWithoutReloading() {
        LiveMeetingView view = open();
        assertThat(view.header.now.getText()).isEqualTo("Now: 14. Better Care Fund");
        assertThat(agendaRows(view).getFirst().getElement().getAttribute("aria-current")).isEqualTo("true");
        assertThat(text(agendaRows(view).getFirst())).contains("Now", "Under discussion");

        AsUser.run("chair", Role.MEMBER, () -> {
            chair.completeItem(fund.getId(), org.minutebook.meeting.ItemOutcome.NOTED);
            chair.openItem(pharmacy.getId());
        });

        eventually(() -> view.header.now.getText().equals("Now: 15. Pharmaceutical Needs Assessment"));
        assertThat(getCurrentView()).as("the same view, not a reload").isSameAs(view);
        eventually(() -> agendaRows(view).get(1).getElement().hasAttribute("aria-current"));
        assertThat(agendaRows(view).getFirst().getElement().hasAttribute("aria-current")).isFalse();
        assertThat(text(agendaRows(view).getFirst())).contains("Noted").doesNotContain("Now");
        assertThat(view.record.section(pharmacy.getId()).getElement().getAttribute("aria-current")).isEqualTo("true");
    }

    @Test
    @WithMockUser(username = "member", roles = "MEMBER")
    void goingStraightToAnotherMeetingsLiveViewFollowsThatMeeting() {
        open();
        var other = LiveBoardMeeting.start(meetings, chair, people);
        LiveMeetingView view = navigate(other.liveRoute(), LiveMeetingView.class);

        AsUser.run("chair", Role.MEMBER, () -> chair.openItem(other.pharmacy().getId()));

        eventually(() -> view.header.now.getText().equals("Now: 15. Pharmaceutical Needs Assessment"));
        assertThat(channel.connected(meetingId)).doesNotContain("Demo Member");
    }

    @Test
    @WithMockUser(username = "member", roles = "MEMBER")
    void aParagraphTheClerkSavesAppearsAndOnlyThatParagraphIsAdded() {
        LiveMeetingView view = open();
        ItemSection fundBefore = view.record.section(fund.getId());
        ItemSection pharmacyBefore = view.record.section(pharmacy.getId());
        assertThat(view.record.draftBanner.isVisible()).isTrue();

        AsUser.run("clerk", Role.CLERK, () -> minutes.addParagraph(fund.getId(), "The Board discussed the priorities for the fund."));

        eventually(() -> recordText(view).contains("The Board discussed the priorities for the fund."));
        // Only the new paragraph is sent: the item's section stays and gains one block.
        assertThat(view.record.section(fund.getId())).as("the changed item is updated in place").isSameAs(fundBefore);
        assertThat(fundBefore.getElement().getChildren().filter(e -> e.getClassList().contains("para")).count()).isEqualTo(1);
        assertThat(view.record.section(pharmacy.getId())).as("an unchanged item keeps its component").isSameAs(pharmacyBefore);
        assertThat(org.minutebook.testsupport.RenderedText.paragraphNumbers(view.record.getElement())).contains("14.1");
    }

    @Test
    @WithMockUser(username = "member", roles = "MEMBER")
    void aMembersRequestToSpeakJoinsTheQueueAndCanBeWithdrawn() {
        LiveMeetingView view = open();
        assertThat(view.speakers.request.getText()).isEqualTo("Request to speak");

        test(view.speakers.request).click();
        assertThat(view.speakers.names()).containsExactly("Demo Member");
        assertThat(view.speakers.request.getText()).isEqualTo("Withdraw my request");

        // Someone the chair allows to address the meeting joins behind; the chair then gives them the floor.
        AsUser.run("chair", Role.MEMBER, () -> chair.addSpeaker(meetingId, "Councillor Visiting"));
        eventually(() -> view.speakers.names().equals(List.of("Demo Member", "Councillor Visiting")));
        long visitor = chair.speakers(meetingId).getLast().getId();
        AsUser.run("chair", Role.MEMBER, () -> chair.giveFloor(visitor));
        eventually(() -> view.speakers.names().equals(List.of("Councillor Visiting", "Demo Member")));
        assertThat(text(view.speakers.queue.getChildren().findFirst().orElseThrow())).startsWith("Has the floor");

        test(view.speakers.request).click();
        assertThat(view.speakers.names()).containsExactly("Councillor Visiting");
        assertThat(view.speakers.request.getText()).isEqualTo("Request to speak");
    }

    @Test
    @WithMockUser(username = "member", roles = "MEMBER")
    void whoIsPresentAndWhoIsFollowingAreShown() {
        LiveMeetingView view = open();
        eventually(() -> view.presence.connected.names().contains("Demo Member"));
        long member = people.people().stream().filter(p -> p.getName().equals("Demo Member")).findFirst()
                .map(Person::getId).orElseThrow();

        AsUser.run("chair", Role.MEMBER, () -> chair.markAttendance(meetingId, member, AttendanceKind.PRESENT, null));

        eventually(() -> view.presence.present.names().contains("Demo Member"));
        assertThat(view.header.quorum.getText()).contains("1 voting members present");
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void anOfficerWithoutAPlaceOnTheBodySeesNoExemptText() {
        LiveMeetingView view = open();
        assertThat(view.speakers.request.isVisible()).as("only members of the body ask to speak").isFalse();
        AsUser.run("clerk", Role.CLERK, () -> {
            minutes.addParagraph(contract.getId(), "The contract price was discussed in detail.");
            minutes.addParagraph(pharmacy.getId(), "The Board welcomed the assessment.");
        });
        eventually(() -> recordText(view).contains("The Board welcomed the assessment."));
        assertThat(recordText(view)).contains("Care provider contract")
                .doesNotContain("The contract price", "Commercially sensitive");
    }

    @Test
    @WithMockUser(username = "member", roles = "MEMBER")
    void aMemberSeesTheExemptItemsMinutesAsTheyAreSaved() {
        LiveMeetingView view = open();
        AsUser.run("clerk", Role.CLERK, () -> minutes.addParagraph(contract.getId(), "The contract price was discussed in detail."));
        eventually(() -> recordText(view).contains("The contract price was discussed in detail."));
    }

    @Test
    @WithMockUser(username = "member", roles = "MEMBER")
    void theProjectorShowsOnlyTheExemptNoticeWhileAnExemptItemIsOpen() {
        AsUser.run("clerk", Role.CLERK, () -> minutes.addResolution(fund.getId(), null,
                List.of("noted the plan", "agreed to review it in March")));
        ProjectorView projector = navigate("meetings/" + meetingId + "/projector", ProjectorView.class);
        assertThat(text(projector)).contains("14. Better Care Fund", "Resolved that the Board:", "a)", "noted the plan",
                "b)", "agreed to review it in March");

        AsUser.run("chair", Role.MEMBER, () -> chair.openItem(contract.getId()));
        eventually(() -> text(projector).contains("Exempt item — the public are excluded"));

        // Watch the channel too, to know when the push carrying the exempt paragraph has reached every view.
        var delivered = new AtomicBoolean();
        var watch = channel.subscribe(meetingId, "test watcher", u -> delivered.compareAndSet(false,
                u.insiderRecord().items().stream().flatMap(i -> i.paragraphs().stream())
                        .anyMatch(p -> p.html().contains("contract price"))));
        try {
            AsUser.run("clerk", Role.CLERK, () -> minutes.addParagraph(contract.getId(), "The contract price was discussed in detail."));
            eventually(delivered::get);
            MockVaadin.clientRoundtrip();
        } finally {
            watch.cancel();
        }
        assertThat(text(projector)).contains("Exempt item — the public are excluded")
                .doesNotContain("Care provider contract", "Commercially sensitive", "contract price", "Better Care Fund");
    }

    private long recordAction(long itemId, String text) {
        long body = meetings.meeting(meetingId).getBodyId();
        long healthwatch = people.organisations().stream().filter(o -> o.getName().contains("Healthwatch"))
                .findFirst().orElseThrow().getId();
        return AsUser.as("clerk", Role.CLERK, () -> actions.create(org.minutebook.actions.NewAction.of(body, text)
                .ownedByOrganisation(healthwatch).dueAtNextMeeting(null).from(meetingId, itemId, null)).getId());
    }

    @Test
    @WithMockUser(username = "member", roles = "MEMBER")
    void anActionTheClerkRecordsAppearsUnderItsItemForTheMembers() {
        LiveMeetingView view = open();
        long circulate = recordAction(fund.getId(), "Circulate the fund's spending plan");
        recordAction(contract.getId(), "Renegotiate the contract's price");

        eventually(() -> text(view.record.section(fund.getId())).contains("Action: Circulate the fund's spending plan"));
        assertThat(text(view.record.section(fund.getId())))
                .contains("Action: Circulate the fund's spending plan — Owner: Healthwatch", "Due: next meeting");
        eventually(() -> text(view.record.section(contract.getId())).contains("Action: Renegotiate the contract's price"));
        assertThat(text(view.record.section(pharmacy.getId()))).doesNotContain("Action:");

        AsUser.run("clerk", Role.CLERK, () -> actions.addUpdate(circulate, "Circulated at the meeting.",
                org.minutebook.actions.ActionStatus.DONE));
        eventually(() -> text(view.record.section(fund.getId())).contains("Status: done"));
    }

    @Test
    @WithMockUser(username = "officer", roles = "OFFICER")
    void anActionOfAnExemptItemIsNotShownToThoseWhoMayNotSeeExemptContent() {
        LiveMeetingView view = open();
        recordAction(contract.getId(), "Renegotiate the contract's price");
        recordAction(fund.getId(), "Circulate the fund's spending plan");

        eventually(() -> text(view.record.section(fund.getId())).contains("Action: Circulate the fund's spending plan"));
        assertThat(recordText(view)).doesNotContain("Renegotiate the contract's price");
    }
}
