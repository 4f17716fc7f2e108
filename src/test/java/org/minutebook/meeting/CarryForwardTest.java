package org.minutebook.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minutebook.testsupport.AsUser.as;
import static org.minutebook.testsupport.AsUser.run;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@MinutebookTest
class CarryForwardTest {

    @Autowired
    ChairService chair;
    @Autowired
    MeetingService meetings;
    @Autowired
    PeopleService people;

    /** A closed meeting of the board held a week ago: one item deferred, one not reached, one done, plus standard items. */
    record Held(long meetingId, AgendaItem deferred, AgendaItem notReached, AgendaItem done, AgendaItem standard) {
    }

    static Held aHeldMeeting(MeetingService meetings, ChairService chair, long bodyId, String tag) {
        Meeting held = as("clerk", Role.CLERK, () -> meetings.schedule(bodyId, Instant.now().minus(7, ChronoUnit.DAYS), "County Hall", 1, true));
        var deferredDetails = details("Pharmaceutical needs " + tag);
        deferredDetails.setSummary("The draft assessment for consultation.");
        deferredDetails.setReportAuthor("Director of Public Health");
        deferredDetails.setExempt(true);
        deferredDetails.setExemptParagraph(3);
        deferredDetails.setRecommendations("Agree the consultation\nNote the timetable");
        AgendaItem deferred = as("clerk", Role.CLERK, () -> meetings.addItem(held.getId(), deferredDetails));
        AgendaItem notReached = as("clerk", Role.CLERK, () -> meetings.addItem(held.getId(), details("Better Care Fund " + tag)));
        AgendaItem done = as("clerk", Role.CLERK, () -> meetings.addItem(held.getId(), details("Annual report " + tag)));
        run("clerk", Role.CLERK, () -> {
            meetings.addPaper(deferred.getId(), "Draft PNA", "Public Health", "The text of the draft.");
            meetings.publishAgenda(held.getId());
        });
        run("chair", Role.MEMBER, () -> {
            chair.openMeeting(held.getId());
            chair.openItem(done.getId());
            chair.completeItem(done.getId(), ItemOutcome.NOTED);
            chair.deferItem(deferred.getId());
            chair.closeMeeting(held.getId());
        });
        AgendaItem standard = meetings.itemsOf(held.getId()).stream().filter(i -> i.getStandardItem() != null).findFirst().orElseThrow();
        return new Held(held.getId(), deferred, notReached, done, standard);
    }

    static ItemDetails details(String title) {
        var d = new ItemDetails();
        d.setTitle(title);
        return d;
    }

    @Test
    void deferredAndUnreachedItemsOfEarlierMeetingsAreOfferedOnceAndCarryTheirDetailsAndPapers() {
        long board = people.bodyNamed(ChairServiceTest.HWB).orElseThrow().getId();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Held held = aHeldMeeting(meetings, chair, board, tag);
        Meeting next = as("clerk", Role.CLERK, () -> meetings.schedule(board, Instant.now().plus(30, ChronoUnit.DAYS), "County Hall", 1, true));

        List<Long> offered = as("clerk", Role.CLERK, () -> meetings.carryForwardCandidates(next.getId())).stream()
                .map(MeetingService.CarryForwardCandidate::itemId).toList();
        assertThat(offered).contains(held.deferred().getId(), held.notReached().getId())
                .doesNotContain(held.done().getId(), held.standard().getId());

        AgendaItem copy = as("clerk", Role.CLERK, () -> meetings.carryForward(next.getId(), held.deferred().getId()));
        assertThat(copy.getMeetingId()).isEqualTo(next.getId());
        assertThat(copy.getTitle()).isEqualTo("Pharmaceutical needs " + tag);
        assertThat(copy.getSummary()).isEqualTo("The draft assessment for consultation.");
        assertThat(copy.getReportAuthor()).isEqualTo("Director of Public Health");
        assertThat(copy.isExempt()).isTrue();
        assertThat(copy.getExemptParagraph()).isEqualTo(3);
        assertThat(copy.getRecommendations()).containsExactly("Agree the consultation", "Note the timetable");
        assertThat(copy.getCarriedFromItemId()).isEqualTo(held.deferred().getId());
        assertThat(copy.getStatus()).isEqualTo(ItemStatus.PENDING);
        assertThat(meetings.papersOf(List.of(copy.getId()))).extracting(Paper::getTitle).containsExactly("Draft PNA");
        var agenda = meetings.itemsOf(next.getId());
        assertThat(agenda.getLast().getStandardItem()).as("it goes before Date of next meeting").isEqualTo(StandardItem.NEXT_MEETING);

        assertThat(as("clerk", Role.CLERK, () -> meetings.carryForwardCandidates(next.getId())))
                .extracting(MeetingService.CarryForwardCandidate::itemId)
                .doesNotContain(held.deferred().getId()).contains(held.notReached().getId());
        assertThatThrownBy(() -> run("clerk", Role.CLERK, () -> meetings.carryForward(next.getId(), held.deferred().getId())))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> run("clerk", Role.CLERK, () -> meetings.carryForward(next.getId(), held.done().getId())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyTheClerkCarriesItemsForward() {
        long board = people.bodyNamed(ChairServiceTest.HWB).orElseThrow().getId();
        Held held = aHeldMeeting(meetings, chair, board, UUID.randomUUID().toString().substring(0, 8));
        Meeting next = as("clerk", Role.CLERK, () -> meetings.schedule(board, Instant.now().plus(30, ChronoUnit.DAYS), null, 1, false));
        assertThatThrownBy(() -> run("member", Role.MEMBER, () -> meetings.carryForward(next.getId(), held.notReached().getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run("member", Role.MEMBER, () -> meetings.carryForwardCandidates(next.getId())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
