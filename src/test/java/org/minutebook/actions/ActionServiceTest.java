package org.minutebook.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minutebook.meeting.AgendaItem;
import org.minutebook.meeting.ItemDetails;
import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.MeetingService;
import org.minutebook.minutes.MinuteParagraph;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.Organisation;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.testsupport.AsUser;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@MinutebookTest
class ActionServiceTest {

    static final String HWB = "West Sussex Health and Wellbeing Board";
    static final String SCRUTINY = "Children and Young People's Services Scrutiny Committee";

    @Autowired
    ActionService actions;

    @Autowired
    MeetingService meetings;

    @Autowired
    MinutesService minutes;

    @Autowired
    PeopleService people;

    long hwb;
    long healthwatch;
    long council;
    Meeting meeting;
    AgendaItem item;
    MinuteParagraph paragraph;

    /** A fresh, unpublished board meeting of our own with one item and one paragraph. */
    @BeforeEach
    void meetingWithAMinute() {
        hwb = people.bodyNamed(HWB).orElseThrow().getId();
        healthwatch = organisation("Healthwatch");
        council = organisation("West Sussex County Council");
        AsUser.run("clerk", Role.CLERK, () -> {
            meeting = meetings.schedule(hwb, null, null, 1, false);
            var details = new ItemDetails();
            details.setTitle("Partnership support");
            item = meetings.addItem(meeting.getId(), details);
            paragraph = minutes.addParagraph(item.getId(), "It was agreed that:\n\n- Healthwatch would provide engagement support;");
        });
    }

    // ---------------------------------------------------------------- recording

    @Test
    void theClerkRecordsAnActionTracedToItsParagraph() {
        Action action = asClerk(NewAction.of(hwb, "  Healthwatch to provide engagement support ")
                .ownedByOrganisation(healthwatch)
                .dueOn(LocalDate.of(2019, 7, 31), "at the end of July")
                .from(meeting.getId(), item.getId(), paragraph.getId())
                .serving(PlanLink.theme(7), PlanLink.recommendation(12)));

        Action read = AsUser.as("clerk", Role.CLERK, () -> actions.action(action.getId()));
        assertThat(read.getDescription()).isEqualTo("Healthwatch to provide engagement support");
        assertThat(read.getBodyId()).isEqualTo(hwb);
        assertThat(read.getOwnerOrganisationId()).isEqualTo(healthwatch);
        assertThat(read.getOwnerPersonId()).isNull();
        assertThat(read.getDueKind()).isEqualTo(DueKind.DATE);
        assertThat(read.getDueDate()).isEqualTo(LocalDate.of(2019, 7, 31));
        assertThat(read.getDueText()).isEqualTo("at the end of July");
        assertThat(read.getStatus()).isEqualTo(ActionStatus.OPEN);
        assertThat(read.getSourceMeetingId()).isEqualTo(meeting.getId());
        assertThat(read.getSourceItemId()).isEqualTo(item.getId());
        assertThat(read.getSourceParagraphId()).isEqualTo(paragraph.getId());
        assertThat(read.getPlanLinks()).containsExactlyInAnyOrder(PlanLink.theme(7), PlanLink.recommendation(12));
        assertThat(AsUser.as("clerk", Role.CLERK, () -> actions.actionsOfMeeting(meeting.getId())))
                .extracting(Action::getId).containsExactly(action.getId());
        assertThat(AsUser.as("clerk", Role.CLERK, () -> actions.actionsOfBody(hwb)))
                .extracting(Action::getId).contains(action.getId());
    }

    @Test
    void anActionNeedNotHaveAnOwnerADateOrASource() {
        Action action = asClerk(NewAction.of(hwb, "Arrange a workshop").due(DueKind.NONE, null, null));

        assertThat(action.getOwnerPersonId()).isNull();
        assertThat(action.getOwnerOrganisationId()).isNull();
        assertThat(action.getDueKind()).isEqualTo(DueKind.NONE);
        assertThat(action.getSourceMeetingId()).isNull();
        assertThat(action.getPlanLinks()).isEmpty();
    }

    @Test
    void theNextMeetingKeepsTheRecordsWordsButNoDate() {
        Action action = asClerk(NewAction.of(hwb, "Share a revised funding position").ownedByOrganisation(council)
                .due(DueKind.NEXT_MEETING, LocalDate.of(2019, 9, 1), "at the next meeting of the Board"));

        assertThat(action.getDueKind()).isEqualTo(DueKind.NEXT_MEETING);
        assertThat(action.getDueDate()).isNull();
        assertThat(action.getDueText()).isEqualTo("at the next meeting of the Board");
    }

    @Test
    void aMemberCannotRecordAnAction() {
        assertThatThrownBy(() -> AsUser.as("member", Role.MEMBER,
                () -> actions.create(NewAction.of(hwb, "Do something").from(meeting.getId(), item.getId(), null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.create(NewAction.of(hwb, "Do something")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void recordingRefusesWhatDoesNotHangTogether() {
        long scrutiny = people.bodyNamed(SCRUTINY).orElseThrow().getId();
        Meeting other = AsUser.as("clerk", Role.CLERK, () -> meetings.schedule(hwb, null, null, 1, false));

        assertRefused(NewAction.of(hwb, " "), "Describe the action");
        assertRefused(new NewAction(hwb, "Both", 1L, healthwatch, DueKind.NONE, null, null, null, null, null, null),
                "a person or an organisation, not both");
        assertRefused(NewAction.of(hwb, "Undated").due(DueKind.DATE, null, "soon"), "due date");
        assertRefused(new NewAction(hwb, "Half a source", null, null, DueKind.NONE, null, null, meeting.getId(), null,
                null, null), "meeting and the item");
        assertRefused(NewAction.of(hwb, "Wrong meeting").from(other.getId(), item.getId(), null), "another meeting");
        assertRefused(NewAction.of(scrutiny, "Wrong body").from(meeting.getId(), item.getId(), null), "another body");
        assertRefused(new NewAction(hwb, "Loose paragraph", null, null, DueKind.NONE, null, null, null, null,
                paragraph.getId(), null), "give the item too");
        assertThatThrownBy(() -> asClerk(NewAction.of(hwb, "Nobody's").ownedByPerson(Long.MAX_VALUE)))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> asClerk(NewAction.of(hwb, "No such organisation").ownedByOrganisation(Long.MAX_VALUE)))
                .isInstanceOf(NoSuchElementException.class);
    }

    // ---------------------------------------------------------------- progress

    @Test
    void theOfficerOfHealthwatchCanReportProgressOnHealthwatchsAction() {
        Action action = asClerk(NewAction.of(hwb, "Healthwatch to provide engagement support")
                .ownedByOrganisation(healthwatch).from(meeting.getId(), item.getId(), paragraph.getId()));

        ActionUpdate update = AsUser.as("officer", Role.OFFICER,
                () -> actions.addUpdate(action.getId(), " Engagement plan drafted ", ActionStatus.IN_PROGRESS));

        assertThat(update.getText()).isEqualTo("Engagement plan drafted");
        assertThat(update.getAuthorName()).isEqualTo("Demo Officer");
        assertThat(update.getNewStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(update.getOnDate()).isNotNull();
        // The officer sees their organisation's action although the meeting is not public.
        assertThat(AsUser.as("officer", Role.OFFICER, () -> actions.action(action.getId())).getStatus())
                .isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(AsUser.as("officer", Role.OFFICER, () -> actions.updates(action.getId())))
                .extracting(ActionUpdate::getText).containsExactly("Engagement plan drafted");
    }

    @Test
    void anUpdateThatKeepsTheStatusRecordsNoChange() {
        Action action = asClerk(NewAction.of(hwb, "Keep going").ownedByOrganisation(healthwatch));

        ActionUpdate same = AsUser.as("clerk", Role.CLERK, () -> actions.addUpdate(action.getId(), "Still open", ActionStatus.OPEN));
        ActionUpdate none = AsUser.as("clerk", Role.CLERK, () -> actions.addUpdate(action.getId(), "Still open", null));
        ActionUpdate done = AsUser.as("clerk", Role.CLERK, () -> actions.addUpdate(action.getId(), "Finished", ActionStatus.DONE));

        assertThat(same.getNewStatus()).isNull();
        assertThat(none.getNewStatus()).isNull();
        assertThat(done.getNewStatus()).isEqualTo(ActionStatus.DONE);
        assertThat(AsUser.as("clerk", Role.CLERK, () -> actions.action(action.getId())).getStatus()).isEqualTo(ActionStatus.DONE);
        assertThat(AsUser.as("clerk", Role.CLERK, () -> actions.updates(action.getId()))).hasSize(3);
    }

    @Test
    void onlyTheOwnerTheirOrganisationsOfficerOrTheClerkReportProgress() {
        Action councils = asClerk(NewAction.of(hwb, "Share a revised funding position").ownedByOrganisation(council));

        assertThatThrownBy(() -> AsUser.as("officer", Role.OFFICER, () -> actions.addUpdate(councils.getId(), "Done", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.as("member", Role.MEMBER, () -> actions.addUpdate(councils.getId(), "Done", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.addUpdate(councils.getId(), "Done", null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void progressNeedsWordsAndAnAction() {
        Action action = asClerk(NewAction.of(hwb, "Something"));

        assertThatThrownBy(() -> AsUser.as("clerk", Role.CLERK, () -> actions.addUpdate(action.getId(), "  ", ActionStatus.DONE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Say what has happened");
        assertThat(AsUser.as("clerk", Role.CLERK, () -> actions.action(action.getId())).getStatus()).isEqualTo(ActionStatus.OPEN);
        assertThatThrownBy(() -> AsUser.as("clerk", Role.CLERK, () -> actions.addUpdate(Long.MAX_VALUE, "Done", null)))
                .isInstanceOf(NoSuchElementException.class);
    }

    // ---------------------------------------------------------------- seeing

    @Test
    void thePublicCannotSeeActionsOfAnUnpublishedMeeting() {
        Action action = asClerk(NewAction.of(hwb, "Healthwatch to provide engagement support")
                .ownedByOrganisation(healthwatch).from(meeting.getId(), item.getId(), paragraph.getId()));

        assertThat(actions.actionsOfMeeting(meeting.getId())).isEmpty();
        assertThat(actions.actionsOfBody(hwb)).extracting(Action::getId).doesNotContain(action.getId());
        assertThatThrownBy(() -> actions.action(action.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.updates(action.getId())).isInstanceOf(AccessDeniedException.class);
        // The board's members see it. An action raised outside any meeting has no published minute for the
        // public to follow, so they do not see that either.
        assertThat(AsUser.as("member", Role.MEMBER, () -> actions.actionsOfMeeting(meeting.getId()))).hasSize(1);
        Action unsourced = asClerk(NewAction.of(hwb, "Raised outside a meeting"));
        assertThatThrownBy(() -> actions.action(unsourced.getId())).isInstanceOf(AccessDeniedException.class);
    }

    // ---------------------------------------------------------------- helpers

    private Action asClerk(NewAction details) {
        return AsUser.as("clerk", Role.CLERK, () -> actions.create(details));
    }

    private void assertRefused(NewAction details, String message) {
        assertThatThrownBy(() -> asClerk(details)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    private long organisation(String name) {
        return people.organisations().stream().filter(o -> o.getName().equals(name)).findFirst()
                .map(Organisation::getId).orElseThrow();
    }
}
