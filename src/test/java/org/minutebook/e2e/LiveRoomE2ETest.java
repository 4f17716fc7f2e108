package org.minutebook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.minutebook.testsupport.AsUser.as;
import static org.minutebook.testsupport.AsUser.run;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minutebook.meeting.AgendaItem;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.ItemDetails;
import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.MeetingService;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.testsupport.BrowserTest;
import org.minutebook.testsupport.TcpProxy;
import org.springframework.beans.factory.annotation.Autowired;

/** Chair, member and a member of the public in three browsers on one live meeting. */
class LiveRoomE2ETest extends BrowserTest {

    @Autowired
    MeetingService meetings;
    @Autowired
    ChairService chair;
    @Autowired
    PeopleService people;

    Meeting meeting;

    @BeforeEach
    void aMeetingWithAPublishedAgenda() {
        long board = people.bodyNamed("West Sussex Health and Wellbeing Board").orElseThrow().getId();
        meeting = as("clerk", Role.CLERK, () -> meetings.schedule(board, null, "County Hall, Chichester", 1, false));
        run("clerk", Role.CLERK, () -> {
            meetings.addItem(meeting.getId(), details("Better Care Fund plan"));
            meetings.addItem(meeting.getId(), details("Pharmaceutical needs assessment"));
            meetings.publishAgenda(meeting.getId());
        });
    }

    @Test
    void theChairMovesOnAndEveryScreenFollowsAndAMembersRequestReachesTheChair() {
        Page chairPage = signedIn("chair");
        chairPage.navigate(url("/meetings/" + meeting.getId() + "/chair"));
        chairPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the meeting")).click();
        chairPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next item (Alt+N)")).click();

        Page member = signedIn("member");
        member.navigate(url("/meetings/" + meeting.getId() + "/live"));
        Page visitor = newVisitor();
        visitor.navigate(url("/public/meetings/" + meeting.getId()));
        assertThat(member.locator(".now-line")).hasText("Now: 1. Better Care Fund plan");
        assertThat(visitor.locator(".current-item")).hasText("Now: 1. Better Care Fund plan");
        assertAccessible(member);
        screenshot(chairPage, "chair-console");

        chairPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next item (Alt+N)")).click();
        long moved = System.nanoTime();
        assertThat(member.locator(".now-line")).hasText("Now: 2. Pharmaceutical needs assessment");
        long memberSaw = System.nanoTime();
        assertThat(visitor.locator(".current-item")).hasText("Now: 2. Pharmaceutical needs assessment");
        long visitorSaw = System.nanoTime();
        System.out.printf("Next item → member's view %d ms, public page %d ms (upper bounds: Playwright polls)%n",
                (memberSaw - moved) / 1_000_000, (visitorSaw - moved) / 1_000_000);

        member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request to speak")).click();
        assertThat(chairPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Give the floor to Demo Member"))).isVisible();
        assertThat(member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw my request"))).isVisible();
        screenshot(member, "live-meeting-view");
        screenshot(chairPage, "chair-console-with-speaker");
    }

    @Test
    void aMemberWhoseConnectionDropsSeesItAndCatchesUpWhenItReturns() throws Exception {
        run("chair", Role.MEMBER, () -> {
            chair.openMeeting(meeting.getId());
            chair.openItem(meetings.itemsOf(meeting.getId()).getFirst().getId());
        });
        try (TcpProxy proxy = new TcpProxy(port)) {
            Page member = signedIn("member");
            // The session cookie is the same for the proxy's port: cookies are not kept apart by port.
            member.navigate("http://localhost:" + proxy.port() + "/meetings/" + meeting.getId() + "/live");
            assertThat(member.locator(".now-line")).hasText("Now: 1. Better Care Fund plan");

            proxy.cut();
            AgendaItem second = meetings.itemsOf(meeting.getId()).get(1);
            run("chair", Role.MEMBER, () -> chair.openItem(second.getId()));
            // Asking to speak while the line is down: the member is told the connection is lost ...
            member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request to speak")).click();
            assertThat(member.getByText("Connection lost — reconnecting…")).isVisible();
            screenshot(member, "live-view-reconnecting");

            // ... and once it is back, the request goes through and the view shows what happened meanwhile.
            proxy.restore();
            assertThat(member.locator(".now-line")).hasText("Now: 2. Pharmaceutical needs assessment");
            assertThat(member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw my request"))).isVisible();
        }
    }

    private static ItemDetails details(String title) {
        ItemDetails d = new ItemDetails();
        d.setTitle(title);
        return d;
    }

    @Test
    void anUpdateKeepsTheMembersFocusAndScrollPosition() {
        run("chair", Role.MEMBER, () -> {
            chair.openMeeting(meeting.getId());
            chair.openItem(meetings.itemsOf(meeting.getId()).getFirst().getId());
        });
        Page member = signedIn("member");
        member.setViewportSize(800, 400);
        member.navigate(url("/meetings/" + meeting.getId() + "/live"));
        assertThat(member.locator(".now-line")).hasText("Now: 1. Better Care Fund plan");
        var request = member.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request to speak"));
        request.focus();
        member.evaluate("window.scrollTo(0, 120)");
        Object scrolledTo = member.evaluate("window.scrollY");
        org.assertj.core.api.Assertions.assertThat(((Number) scrolledTo).intValue()).as("the page scrolled").isPositive();

        AgendaItem second = meetings.itemsOf(meeting.getId()).get(1);
        run("chair", Role.MEMBER, () -> chair.openItem(second.getId()));
        assertThat(member.locator(".now-line")).hasText("Now: 2. Pharmaceutical needs assessment");

        assertThat(request).isFocused();
        org.assertj.core.api.Assertions.assertThat(member.evaluate("window.scrollY")).isEqualTo(scrolledTo);
    }
}
