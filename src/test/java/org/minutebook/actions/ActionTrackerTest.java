package org.minutebook.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minutebook.meeting.AgendaItem;
import org.minutebook.meeting.ItemDetails;
import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.MeetingService;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.testsupport.AsUser;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The actions list's query, progress and status changes with their role checks, and the public tracker. */
@MinutebookTest
@RecordApplicationEvents
class ActionTrackerTest {

    static final String HWB = "West Sussex Health and Wellbeing Board";
    static final String SCRUTINY = "Children and Young People's Services Scrutiny Committee";

    @Autowired
    ActionService actions;
    @Autowired
    MeetingService meetings;
    @Autowired
    PeopleService people;
    @Autowired
    ApplicationEvents events;

    long hwb;
    long scrutiny;
    long healthwatch;
    long council;
    Meeting meeting;
    AgendaItem item;
    /** A word in each description of this test's own actions, so counts ignore other tests' rows. */
    String tag;

    @BeforeEach
    void setUp() {
        hwb = people.bodyNamed(HWB).orElseThrow().getId();
        scrutiny = people.bodyNamed(SCRUTINY).orElseThrow().getId();
        healthwatch = organisation("Healthwatch");
        council = organisation("West Sussex County Council");
        tag = UUID.randomUUID().toString().substring(0, 8);
        AsUser.run("clerk", Role.CLERK, () -> {
            meeting = meetings.schedule(hwb, null, null, 1, false);
            var details = new ItemDetails();
            details.setTitle("Action log " + tag);
            item = meetings.addItem(meeting.getId(), details);
        });
    }

    private long organisation(String name) {
        return people.organisations().stream().filter(o -> o.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    private Action create(NewAction a) {
        return AsUser.as("clerk", Role.CLERK, () -> actions.create(a.from(meeting.getId(), item.getId(), null)));
    }

    private long officerPerson() {
        return people.people().stream().filter(p -> p.getName().equals("Demo Officer")).findFirst().orElseThrow().getId();
    }

    // ---------------------------------------------------------------- the list

    @Test
    void anOfficerSeesTheirOwnAndTheirOrganisationsActionsButNotOthers() {
        Action healthwatchs = create(NewAction.of(hwb, "Healthwatch survey " + tag).ownedByOrganisation(healthwatch));
        Action theirs = create(NewAction.of(hwb, "Officer's own " + tag).ownedByPerson(officerPerson()));
        Action councils = create(NewAction.of(hwb, "Council funding " + tag).ownedByOrganisation(council));

        var mine = AsUser.as("officer", Role.OFFICER, () -> actions.search(ActionFilter.mineOnly(), PageRequest.of(0, 500)));
        assertThat(mine.getContent()).extracting(Action::getId)
                .contains(healthwatchs.getId(), theirs.getId()).doesNotContain(councils.getId());
        // The seed's "Healthwatch to provide engagement support" is the officer's too.
        assertThat(mine.getContent()).extracting(Action::getDescription).contains("Healthwatch to provide engagement support");
        // Not a member of the board: the officer's whole list is what they own, never the council's.
        var all = AsUser.as("officer", Role.OFFICER, () -> actions.search(ActionFilter.all(), PageRequest.of(0, 500)));
        assertThat(all.getContent()).extracting(Action::getId).doesNotContain(councils.getId());
    }

    @Test
    void theClerkAndChairSeeEveryActionOfTheirBodiesPagedAndFiltered() {
        Action councils = create(NewAction.of(hwb, "Council funding " + tag).ownedByOrganisation(council)
                .dueOn(LocalDate.now().plusDays(3), null).serving(PlanLink.theme(999_001)));
        Action healthwatchs = create(NewAction.of(hwb, "Healthwatch survey " + tag).ownedByOrganisation(healthwatch));

        var byMeeting = new ActionFilter(hwb, Set.of(), null, null, null, meeting.getId(), false);
        assertThat(AsUser.as("chair", Role.MEMBER, () -> actions.search(byMeeting, PageRequest.of(0, 10))).getContent())
                .extracting(Action::getId).containsExactly(councils.getId(), healthwatchs.getId()); // due soonest first
        assertThat(AsUser.as("chair", Role.MEMBER, () -> actions.count(byMeeting))).isEqualTo(2);
        var page = AsUser.as("clerk", Role.CLERK, () -> actions.search(byMeeting, PageRequest.of(1, 1)));
        assertThat(page.getContent()).extracting(Action::getId).containsExactly(healthwatchs.getId());
        assertThat(page.getTotalElements()).isEqualTo(2);

        var byOwner = new ActionFilter(null, Set.of(), null, council, null, meeting.getId(), false);
        assertThat(AsUser.as("clerk", Role.CLERK, () -> actions.search(byOwner, PageRequest.of(0, 10))).getContent())
                .extracting(Action::getId).containsExactly(councils.getId());
        var byPlan = new ActionFilter(null, Set.of(PlanLink.theme(999_001), PlanLink.recommendation(999_002)), null, null,
                null, null, false);
        var served = AsUser.as("clerk", Role.CLERK, () -> actions.search(byPlan, PageRequest.of(0, 10))).getContent();
        assertThat(served).extracting(Action::getId).contains(councils.getId()).doesNotContain(healthwatchs.getId());
        assertThat(served.getFirst().getPlanLinks()).contains(PlanLink.theme(999_001)); // links read with the page
        var byStatus = new ActionFilter(null, Set.of(), null, null, ActionStatus.DONE, meeting.getId(), false);
        assertThat(AsUser.as("clerk", Role.CLERK, () -> actions.count(byStatus))).isZero();

        assertThat(DueState.of(councils, LocalDate.now())).isEqualTo(DueState.DUE_SOON);
        assertThat(DueState.of(councils, LocalDate.now().plusDays(4))).isEqualTo(DueState.OVERDUE);
        assertThat(DueState.of(councils, LocalDate.now().minusDays(20))).isEqualTo(DueState.LATER);
        assertThat(DueState.of(healthwatchs, LocalDate.now())).isEqualTo(DueState.NOT_DATED);
    }

    @Test
    void aMemberOfAnotherBodySeesNoneOfTheBoardsActionsAndThePublicNoList() {
        create(NewAction.of(hwb, "Board only " + tag).ownedByOrganisation(council));
        var boardMeeting = new ActionFilter(null, Set.of(), null, null, null, meeting.getId(), false);
        // The member sits on the board; the scrutiny committee's clerk filter shows a body the member is not on.
        assertThat(AsUser.as("member", Role.MEMBER, () -> actions.count(boardMeeting))).isEqualTo(1);
        assertThat(AsUser.as("member", Role.MEMBER, () -> actions.count(
                new ActionFilter(scrutiny, Set.of(), null, null, null, null, false)))).isZero();
        assertThatThrownBy(() -> actions.search(ActionFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    // ---------------------------------------------------------------- progress and status

    @Test
    void anOfficerReportsProgressAndChangesStatusAndTheChangeIsPublished() {
        Action a = create(NewAction.of(hwb, "Healthwatch survey " + tag).ownedByOrganisation(healthwatch));
        events.clear();

        AsUser.run("officer", Role.OFFICER, () -> actions.addUpdate(a.getId(), a.getVersion(), "Survey sent to 40 groups", ActionStatus.IN_PROGRESS));
        AsUser.run("officer", Role.OFFICER, () -> actions.addUpdate(a.getId(), a.getVersion() + 1, "", ActionStatus.DONE));

        var history = AsUser.as("officer", Role.OFFICER, () -> actions.updates(a.getId()));
        assertThat(history).extracting(ActionUpdate::getText).containsExactly("Survey sent to 40 groups", "Status changed to Done.");
        assertThat(history).extracting(ActionUpdate::getAuthorName).containsOnly("Demo Officer");
        assertThat(history).extracting(ActionUpdate::getNewStatus).containsExactly(ActionStatus.IN_PROGRESS, ActionStatus.DONE);
        assertThat(AsUser.as("officer", Role.OFFICER, () -> actions.action(a.getId())).getStatus()).isEqualTo(ActionStatus.DONE);
        assertThat(events.stream(ActionChanged.class)).containsExactly(
                new ActionChanged(a.getId(), hwb, ActionStatus.IN_PROGRESS), new ActionChanged(a.getId(), hwb, ActionStatus.DONE));
    }

    @Test
    void aStaleStatusChangeIsRefusedAndOverwritesNothingButANoteIsStillAdded() {
        Action a = create(NewAction.of(hwb, "Healthwatch survey " + tag).ownedByOrganisation(healthwatch));
        long seen = a.getVersion();
        AsUser.run("clerk", Role.CLERK, () -> actions.addUpdate(a.getId(), seen, "Dropped by the Board", ActionStatus.DROPPED));

        assertThatThrownBy(() -> AsUser.run("officer", Role.OFFICER,
                () -> actions.addUpdate(a.getId(), seen, "All done", ActionStatus.DONE)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(AsUser.as("officer", Role.OFFICER, () -> actions.action(a.getId())).getStatus()).isEqualTo(ActionStatus.DROPPED);

        AsUser.run("officer", Role.OFFICER, () -> actions.addUpdate(a.getId(), seen, "We disagree and will raise it", null));
        assertThat(AsUser.as("officer", Role.OFFICER, () -> actions.updates(a.getId()))).extracting(ActionUpdate::getText)
                .containsExactly("Dropped by the Board", "We disagree and will raise it");
    }

    @Test
    void onlyTheOwnerTheirOrganisationsOfficerTheClerkOrAnAdminMayUpdate() {
        Action councils = create(NewAction.of(hwb, "Council funding " + tag).ownedByOrganisation(council));
        assertThatThrownBy(() -> AsUser.run("officer", Role.OFFICER,
                () -> actions.addUpdate(councils.getId(), councils.getVersion(), "Not ours", ActionStatus.DONE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("member", Role.MEMBER,
                () -> actions.addUpdate(councils.getId(), councils.getVersion(), "Member says", ActionStatus.DONE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("chair", Role.MEMBER,
                () -> actions.addUpdate(councils.getId(), councils.getVersion(), "Chair says", null)))
                .isInstanceOf(AccessDeniedException.class);
        AsUser.run("admin", Role.ADMIN, () -> actions.addUpdate(councils.getId(), councils.getVersion(), "Admin note", null));
        assertThat(AsUser.as("clerk", Role.CLERK, () -> actions.updates(councils.getId()))).hasSize(1);
    }

    @Test
    void progressHeardAtAMeetingIsRecordedByTheClerkAgainstThatMeetingAndItem() {
        Action a = create(NewAction.of(hwb, "Healthwatch survey " + tag).ownedByOrganisation(healthwatch));
        assertThatThrownBy(() -> AsUser.run("officer", Role.OFFICER, () -> actions.recordAtMeeting(a.getId(), a.getVersion(),
                meeting.getId(), item.getId(), "Heard", null))).isInstanceOf(AccessDeniedException.class);

        AsUser.run("clerk", Role.CLERK, () -> actions.recordAtMeeting(a.getId(), a.getVersion(), meeting.getId(), item.getId(),
                "The Board heard that the survey closes in May", ActionStatus.IN_PROGRESS));

        var update = AsUser.as("officer", Role.OFFICER, () -> actions.updates(a.getId())).getFirst();
        assertThat(update.getText()).isEqualTo("The Board heard that the survey closes in May");
        assertThat(update.getMeetingId()).isEqualTo(meeting.getId());
        assertThat(update.getItemId()).isEqualTo(item.getId());
        assertThat(update.getNewStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
    }

    @Test
    void openActionsFromEarlierMeetingsLeaveOutThisMeetingsAndClosedOnes() {
        Action earlier = create(NewAction.of(hwb, "Earlier " + tag).ownedByOrganisation(healthwatch));
        Action done = create(NewAction.of(hwb, "Done " + tag).ownedByOrganisation(healthwatch));
        AsUser.run("clerk", Role.CLERK, () -> actions.addUpdate(done.getId(), done.getVersion(), "Finished", ActionStatus.DONE));
        Meeting next = AsUser.as("clerk", Role.CLERK, () -> meetings.schedule(hwb, null, null, 1, true));

        var open = AsUser.as("clerk", Role.CLERK, () -> actions.openFromEarlierMeetings(next.getId()));
        assertThat(open).extracting(Action::getId).contains(earlier.getId()).doesNotContain(done.getId());
        assertThat(open).extracting(Action::getDescription).contains("Healthwatch to provide engagement support",
                "Share a revised funding position with the Board");
        assertThat(AsUser.as("clerk", Role.CLERK, () -> actions.openFromEarlierMeetings(meeting.getId())))
                .extracting(Action::getId).doesNotContain(earlier.getId());
    }

    // ---------------------------------------------------------------- the public tracker

    @Test
    void thePublicTrackerShowsPublishedActionsOnlyWhileTheBodyMakesItPublic() {
        Action unpublished = create(NewAction.of(hwb, "From an unpublished meeting " + tag).ownedByOrganisation(council));
        var tracker = actions.publicTracker(hwb);
        assertThat(tracker).extracting(Action::getDescription).contains("Healthwatch to provide engagement support");
        assertThat(tracker).extracting(Action::getId).doesNotContain(unpublished.getId());
    }
}
