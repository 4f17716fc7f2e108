package org.minutebook.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessApplicationContext;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.browserless.internal.MockVaadin;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.MeetingService;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.testsupport.AsUser;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Several people following the same meeting at once, each in their own session (Vaadin's multi-user context). */
@MinutebookTest
class LiveRoomTogetherTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    MeetingService meetings;
    @Autowired
    ChairService chair;
    @Autowired
    PeopleService people;

    BrowserlessApplicationContext app;
    LiveBoardMeeting meeting;

    @BeforeEach
    void everyoneOpensTheLiveMeeting() {
        meeting = LiveBoardMeeting.start(meetings, chair, people);
        app = SpringBrowserlessApplicationContext.createSecured(spring, LiveMeetingView.class);
    }

    @AfterEach
    void closeEveryone() {
        app.close();
    }

    private BrowserlessUIContext window(String username, String role) {
        return ((com.vaadin.browserless.SecuredBrowserlessApplicationContext<?>) app).newUser(username, role).newWindow();
    }

    private static void eventually(BrowserlessUIContext window, BooleanSupplier shown) {
        Pushes.eventually(() -> {
            window.activate();
            MockVaadin.clientRoundtrip();
        }, shown);
    }

    @Test
    void theChairMovesOnAndAMembersRequestToSpeakReachesEveryoneFollowing() {
        var memberWindow = window("member", "MEMBER");
        LiveMeetingView member = memberWindow.navigate(meeting.liveRoute(), LiveMeetingView.class);
        var officerWindow = window("officer", "OFFICER");
        LiveMeetingView officer = officerWindow.navigate(meeting.liveRoute(), LiveMeetingView.class);
        assertThat(officer.speakers.request.isVisible()).as("the officer has no place on this board").isFalse();

        memberWindow.activate(); // test(…) alone does not switch the signed-in user
        memberWindow.test(member.speakers.request).click();
        assertThat(member.speakers.names()).containsExactly("Demo Member");
        eventually(officerWindow, () -> officer.speakers.names().contains("Demo Member"));
        eventually(officerWindow, () -> officer.presence.connected.names().containsAll(java.util.List.of("Demo Member", "Demo Officer")));

        AsUser.run("chair", Role.MEMBER, () -> chair.openItem(meeting.pharmacy().getId()));
        eventually(memberWindow, () -> member.header.now.getText().equals("Now: 15. Pharmaceutical Needs Assessment"));
        eventually(officerWindow, () -> officer.header.now.getText().equals("Now: 15. Pharmaceutical Needs Assessment"));
        assertThat(member.speakers.request.getText()).isEqualTo("Withdraw my request");
    }
}
