package org.minutebook.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minutebook.testsupport.AsUser.as;
import static org.minutebook.testsupport.AsUser.run;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minutebook.actions.ActionService;
import org.minutebook.actions.NewAction;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.ItemDetails;
import org.minutebook.meeting.MeetingService;
import org.minutebook.people.InvalidField;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A deleted paragraph leaves the record and its numbering, but stays for the actions citing it and for history. */
@MinutebookTest
class ParagraphSoftDeleteTest {

    @Autowired
    MinutesService minutes;
    @Autowired
    MeetingService meetings;
    @Autowired
    ChairService chair;
    @Autowired
    ActionService actions;
    @Autowired
    PeopleService people;

    long bodyId;
    long meetingId;
    long itemId;

    @BeforeEach
    void aLiveMeetingWithItsFirstItemOpen() {
        bodyId = people.bodyNamed("West Sussex Health and Wellbeing Board").orElseThrow().getId();
        run("clerk", Role.CLERK, () -> {
            meetingId = meetings.schedule(bodyId, Instant.now().plus(2, ChronoUnit.HOURS), "County Hall", 14, false).getId();
            var d = new ItemDetails();
            d.setTitle("Children First Improvement Plan");
            itemId = meetings.addItem(meetingId, d).getId();
            meetings.publishAgenda(meetingId);
        });
        run("chair", Role.MEMBER, () -> {
            chair.openMeeting(meetingId);
            chair.openItem(itemId);
        });
    }

    private List<MeetingRecord.Paragraph> recorded() {
        return as("clerk", Role.CLERK, () -> minutes.record(meetingId)).items().getFirst().paragraphs();
    }

    @Test
    void deletingACitedParagraphKeepsTheActionAndHistoryAndRenumbersTheRest() {
        long[] ids = as("clerk", Role.CLERK, () -> new long[] {
                minutes.addParagraph(itemId, "Introduced.").getId(),
                minutes.addParagraph(itemId, "Healthwatch would provide engagement support.").getId(),
                minutes.addParagraph(itemId, "Discussed.").getId()});
        long actionId = as("clerk", Role.CLERK, () -> actions.create(NewAction.of(bodyId, "Engagement support")
                .from(meetingId, itemId, ids[1])).getId());

        run("clerk", Role.CLERK, () -> minutes.deleteParagraph(ids[1], minutes.paragraph(ids[1]).getVersion()));

        assertThat(recorded()).extracting(MeetingRecord.Paragraph::id).containsExactly(ids[0], ids[2]);
        assertThat(recorded()).extracting(MeetingRecord.Paragraph::number).containsExactly("14.1", "14.2");
        assertThat(minutes.paragraph(ids[1]).isDeleted()).isTrue();
        assertThat(as("clerk", Role.CLERK, () -> actions.action(actionId).getSourceParagraphId())).isEqualTo(ids[1]);
        var history = as("clerk", Role.CLERK, () -> minutes.history(ids[1]));
        assertThat(history).extracting(ParagraphHistory::getChange).containsExactly("added", "deleted");
        assertThat(history.getLast().getBeforeText()).isEqualTo("Healthwatch would provide engagement support.");
        // A new paragraph takes the next place after the living ones.
        run("clerk", Role.CLERK, () -> minutes.addParagraph(itemId, "Concluded."));
        assertThat(recorded()).extracting(MeetingRecord.Paragraph::number).containsExactly("14.1", "14.2", "14.3");
    }

    @Test
    void aDeletedParagraphCannotBeChangedMovedOrDeletedAgain() {
        long id = as("clerk", Role.CLERK, () -> minutes.addParagraph(itemId, "Gone soon.").getId());
        run("clerk", Role.CLERK, () -> minutes.deleteParagraph(id, minutes.paragraph(id).getVersion()));
        long version = minutes.paragraph(id).getVersion();

        run("clerk", Role.CLERK, () -> {
            assertThatThrownBy(() -> minutes.updateParagraph(id, version, "Back again")).isInstanceOf(IllegalStateException.class)
                    .hasMessage("This paragraph has been deleted");
            assertThatThrownBy(() -> minutes.moveParagraph(id, -1)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> minutes.deleteParagraph(id, version)).isInstanceOf(IllegalStateException.class);
        });
    }

    @Test
    void anItemWhoseOnlyMinuteWasDeletedCountsAsUnrecorded() {
        long id = as("clerk", Role.CLERK, () -> minutes.addParagraph(itemId, "Only minute.").getId());
        assertThat(as("clerk", Role.CLERK, () -> minutes.unrecordedItems(meetingId))).isEmpty();

        run("clerk", Role.CLERK, () -> minutes.deleteParagraph(id, minutes.paragraph(id).getVersion()));

        assertThat(as("clerk", Role.CLERK, () -> minutes.unrecordedItems(meetingId))).extracting(i -> i.getId()).containsExactly(itemId);
    }

    @Test
    void aResolutionAndItsTiedVoteAreSavedTogetherOrNotAtAll() {
        run("clerk", Role.CLERK, () -> assertThatThrownBy(() -> minutes.addResolution(itemId, null, List.of("agreed"),
                ResolutionOutcome.AGREED, new Vote(4, 4, 1, null)))
                .isInstanceOfSatisfying(InvalidField.class, e -> assertThat(e.field()).isEqualTo("castingVote")));
        assertThat(recorded()).isEmpty();

        run("clerk", Role.CLERK, () -> minutes.addResolution(itemId, null, List.of("agreed"), ResolutionOutcome.AGREED,
                new Vote(4, 4, 1, true)));
        assertThat(recorded().getFirst().vote()).isEqualTo("For 4, against 4, abstentions 1; the Chair's casting vote for");
        assertThat(recorded().getFirst().outcome()).isEqualTo(ResolutionOutcome.AGREED);
    }
}
