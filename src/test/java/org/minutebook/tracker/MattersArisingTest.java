package org.minutebook.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.minutebook.meeting.AgendaItem;
import org.minutebook.meeting.MattersArisingService;
import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.MeetingService;
import org.minutebook.meeting.StandardItem;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.security.MeetingStatus;
import org.minutebook.testsupport.AsUser;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The next meeting's agenda is offered the actions still open from the seed meeting, and takes them when confirmed. */
@MinutebookTest
class MattersArisingTest {

    static final String HWB = "West Sussex Health and Wellbeing Board";

    @Autowired
    MattersArisingService mattersArising;
    @Autowired
    MeetingService meetings;
    @Autowired
    PeopleService people;

    /** A new scheduled board meeting with the standard items, so the demo's own upcoming meeting stays untouched. */
    private Meeting nextMeeting() {
        long hwb = people.bodyNamed(HWB).orElseThrow().getId();
        return AsUser.as("clerk", Role.CLERK, () -> meetings.schedule(hwb, Instant.parse("2031-01-15T10:00:00Z"), "County Hall", 1));
    }

    @Test
    void theDemosUpcomingBoardMeetingIsOfferedTheSeedMeetingsOpenActions() {
        long hwb = people.bodyNamed(HWB).orElseThrow().getId();
        Meeting upcoming = meetings.meetingsOf(hwb).stream().filter(m -> m.getStatus() == MeetingStatus.SCHEDULED)
                .filter(m -> m.getStartsAt() != null).findFirst().orElseThrow();
        var offer = AsUser.as("clerk", Role.CLERK, () -> mattersArising.offer(upcoming.getId()));
        assertThat(offer).anySatisfy(line -> assertThat(line).startsWith("Healthwatch to provide engagement support (owner: Healthwatch;")
                .contains("from minute 14.6"));
        assertThat(offer).anySatisfy(line -> assertThat(line).startsWith("Share a revised funding position with the Board")
                .contains("owner: West Sussex County Council", "due: At the next meeting"));
        assertThat(offer).anySatisfy(line -> assertThat(line).startsWith("Arrange a workshop").contains("Overdue"));
        // The scrutiny committee's action is not the board's business.
        assertThat(offer).noneMatch(line -> line.startsWith("Report progress on all recommendations"));
    }

    @Test
    void confirmingPutsTheOpenActionsUnderMattersArising() {
        Meeting next = nextMeeting();
        var offer = AsUser.as("clerk", Role.CLERK, () -> mattersArising.offer(next.getId()));
        AgendaItem item = AsUser.as("clerk", Role.CLERK, () -> mattersArising.confirm(next.getId()));

        assertThat(item.getStandardItem()).isEqualTo(StandardItem.MATTERS_ARISING);
        assertThat(item.getMeetingId()).isEqualTo(next.getId());
        assertThat(item.getRecommendations()).isEqualTo(offer).isNotEmpty();
        assertThat(item.getRecommendationsIntro()).contains("note progress on these actions still open");
        // Still one such item on the agenda, not a second one.
        assertThat(meetings.itemsOf(next.getId())).filteredOn(i -> i.getStandardItem() == StandardItem.MATTERS_ARISING).hasSize(1);
    }

    @Test
    void onlyTheBodysClerkIsOfferedOrMayConfirm() {
        Meeting next = nextMeeting();
        assertThatThrownBy(() -> AsUser.as("member", Role.MEMBER, () -> mattersArising.offer(next.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.as("officer", Role.OFFICER, () -> mattersArising.confirm(next.getId())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
