package org.minutebook.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minutebook.testsupport.AsUser.as;
import static org.minutebook.testsupport.AsUser.run;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minutebook.people.Body;
import org.minutebook.people.MembershipRole;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.security.MeetingStatus;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@MinutebookTest
class ChairServiceTest {

    static final String HWB = "West Sussex Health and Wellbeing Board";

    @Autowired
    ChairService chair;
    @Autowired
    MeetingService meetings;
    @Autowired
    PeopleService people;

    Body board;
    Meeting meeting;
    AgendaItem first;
    AgendaItem second;

    @BeforeEach
    void aMeetingWithAPublishedAgenda() {
        board = people.bodyNamed(HWB).orElseThrow();
        meeting = as("clerk", Role.CLERK, () -> meetings.schedule(board.getId(), Instant.now().plus(1, ChronoUnit.DAYS), "County Hall", 1, false));
        first = as("clerk", Role.CLERK, () -> meetings.addItem(meeting.getId(), details("Better Care Fund")));
        second = as("clerk", Role.CLERK, () -> meetings.addItem(meeting.getId(), details("Pharmaceutical needs")));
        run("clerk", Role.CLERK, () -> meetings.publishAgenda(meeting.getId()));
    }

    @Test
    void theChairOpensTheMeetingAndTakesItemsInAnyOrder() {
        run("chair", Role.MEMBER, () -> {
            chair.openMeeting(meeting.getId());
            chair.openItem(second.getId());
        });
        assertThat(meetings.meeting(meeting.getId()).getStatus()).isEqualTo(MeetingStatus.LIVE);
        assertThat(meetings.meeting(meeting.getId()).getCurrentItemId()).isEqualTo(second.getId());

        run("chair", Role.MEMBER, () -> chair.completeItem(second.getId(), ItemOutcome.NOTED));
        assertThat(as("chair", Role.MEMBER, () -> chair.nextItem(meeting.getId())))
                .as("after the last item nothing pending follows it").isEmpty();
        run("chair", Role.MEMBER, () -> chair.openItem(first.getId()));
        assertThat(meetings.item(first.getId()).getStatus()).isEqualTo(ItemStatus.OPEN);
        assertThat(meetings.item(second.getId()).getStatus()).isEqualTo(ItemStatus.DONE);

        // A finished item can be reopened while the meeting is live.
        run("chair", Role.MEMBER, () -> chair.openItem(second.getId()));
        assertThat(meetings.item(second.getId()).getStatus()).isEqualTo(ItemStatus.OPEN);
    }

    @Test
    void aMeetingOpensOnlyOnceItsAgendaIsPublished() {
        Meeting unpublished = as("clerk", Role.CLERK, () -> meetings.schedule(board.getId(), null, null, 1, true));
        assertThatThrownBy(() -> run("chair", Role.MEMBER, () -> chair.openMeeting(unpublished.getId())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Publish the agenda");
    }

    @Test
    void aMemberCannotMoveTheMeetingButCanAskToSpeak() {
        run("chair", Role.MEMBER, () -> chair.openMeeting(meeting.getId()));
        assertThatThrownBy(() -> run("member", Role.MEMBER, () -> chair.openItem(first.getId())))
                .isInstanceOf(AccessDeniedException.class);

        run("member", Role.MEMBER, () -> chair.requestToSpeak(meeting.getId()));
        run("chair", Role.MEMBER, () -> chair.addSpeaker(meeting.getId(), "Councillor Vickery"));
        assertThat(chair.speakers(meeting.getId())).extracting(SpeakerRequest::getName)
                .containsExactly("Demo Member", "Councillor Vickery");

        assertThatThrownBy(() -> run("member", Role.MEMBER, () -> chair.requestToSpeak(meeting.getId())))
                .hasMessageContaining("already in the queue");

        SpeakerRequest vickery = chair.speakers(meeting.getId()).get(1);
        run("chair", Role.MEMBER, () -> chair.giveFloor(vickery.getId()));
        assertThat(chair.speakers(meeting.getId())).extracting(SpeakerRequest::getName, SpeakerRequest::getStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Councillor Vickery", SpeakerRequest.Status.SPEAKING),
                        org.assertj.core.groups.Tuple.tuple("Demo Member", SpeakerRequest.Status.WAITING));
    }

    @Test
    void theQuorumFollowsWhoIsPresentAndWhoLeaves() {
        Body body = people.bodyNamed(HWB).orElseThrow();
        long chairPerson = memberWithRole(body, MembershipRole.CHAIR);
        long memberPerson = memberWithRole(body, MembershipRole.MEMBER);
        run("admin", Role.ADMIN, () -> {
            body.setQuorum(2);
            people.saveBody(body);
        });
        run("chair", Role.MEMBER, () -> {
            chair.openMeeting(meeting.getId());
            chair.markAttendance(meeting.getId(), chairPerson, AttendanceKind.PRESENT, null);
        });
        assertThat(chair.quorum(meeting.getId()).quorate()).isFalse();
        run("chair", Role.MEMBER, () -> chair.markAttendance(meeting.getId(), memberPerson, AttendanceKind.PRESENT, null));
        assertThat(chair.quorum(meeting.getId())).isEqualTo(new Quorum(2, 2));
        run("chair", Role.MEMBER, () -> chair.markLeft(meeting.getId(), memberPerson));
        assertThat(chair.quorum(meeting.getId()).quorate()).as("a member left mid-meeting").isFalse();
        run("admin", Role.ADMIN, () -> {
            Body again = people.body(body.getId());
            again.setQuorum(null);
            people.saveBody(again);
        });
    }

    private long memberWithRole(Body body, MembershipRole role) {
        return people.currentMembers(body.getId()).stream().filter(m -> m.getRole() == role).findFirst().orElseThrow().getPersonId();
    }

    private static ItemDetails details(String title) {
        ItemDetails d = new ItemDetails();
        d.setTitle(title);
        return d;
    }
}
