package org.minutebook.room;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.NoSuchElementException;
import org.minutebook.live.LiveUpdate;
import org.minutebook.live.MeetingChannel;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.MeetingService;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.PeopleService;
import org.minutebook.security.AccessPolicy;
import org.minutebook.security.CurrentViewer;
import org.minutebook.security.Viewer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The chair's console for a meeting: open and close it, take the roll (with the quorum), hear declarations, run the
 * agenda and the speakers' queue. It follows the meeting live: whatever another chair, the clerk or a member changes
 * reaches it through the {@link MeetingChannel}, and each panel updates in place so focus stays where it was.
 * The services decide who may act; anyone else gets a plain refusal page.
 */
@Route("meetings/:meetingId/chair")
@PermitAll
@StyleSheet("context://css/chair-console.css")
public class ChairConsoleView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ChairService chair;
    private final MeetingService meetings;
    private final MinutesService minutes;
    private final PeopleService people;
    private final CurrentViewer viewer;
    private final MeetingChannel channel;
    private String title = "Chair's console — Minutebook";
    private long meetingId;
    private boolean insider;
    private MeetingChannel.Subscription subscription;
    ChairConsole console;
    private final org.minutebook.minutes.MinutesLifecycleService lifecycle;
    /** The previous meeting's minutes, when this meeting can approve them: put and signed from here too. */
    final com.vaadin.flow.component.html.Div previousMinutes = new com.vaadin.flow.component.html.Div();

    ChairConsoleView(ChairService chair, MeetingService meetings, MinutesService minutes, PeopleService people,
                     CurrentViewer viewer, MeetingChannel channel,
                     org.minutebook.minutes.MinutesLifecycleService lifecycle) {
        this.lifecycle = lifecycle;
        this.chair = chair;
        this.meetings = meetings;
        this.minutes = minutes;
        this.people = people;
        this.viewer = viewer;
        this.channel = channel;
        addClassNames("view", "chair-console");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        console = null;
        Meeting meeting;
        try {
            meetingId = Long.parseLong(event.getRouteParameters().get("meetingId").orElse(""));
            meeting = meetings.meeting(meetingId);
        } catch (NoSuchElementException | NumberFormatException e) {
            title = "No such meeting — Minutebook";
            add(new H1("No such meeting"), new Paragraph("There is no meeting at this address."), new Anchor("meetings", "Back to meetings"));
            return;
        }
        Viewer v = viewer.get();
        if (!AccessPolicy.canChair(v, meeting.getBodyId())) {
            title = "Not your meeting to run — Minutebook";
            var back = new Anchor("meetings/" + meetingId, "Follow the meeting on its page");
            back.getElement().setAttribute("router-link", true);
            add(new H1("Only the chair or the clerk can run this meeting"), new Paragraph("The chair, the vice-chair "
                    + "presiding, or the body's clerk runs the meeting from here."), back);
            return;
        }
        insider = AccessPolicy.canSeeExemptContent(v, meeting.getBodyId());
        String body = people.body(meeting.getBodyId()).getName();
        title = "Chair's console: " + body + " — Minutebook";
        console = new ChairConsole(new ChairServices(meetingId, meeting.getBodyId(), chair, meetings, minutes, people,
                this::refreshNow), meeting, body);
        add(console, previousMinutes);
        showPreviousMinutes(null);
        refreshNow();
        if (isAttached()) {
            subscribe();
        }
    }

    private void showPreviousMinutes(String done) {
        previousMinutes.removeAll();
        var pending = lifecycle.pendingApprovals(meetingId);
        if (!pending.isEmpty()) {
            var panel = new org.minutebook.minutes.PreviousMinutesPanel(lifecycle, viewer.get(), pending,
                    meetings.meeting(meetingId).getBodyId(), this::showPreviousMinutes);
            previousMinutes.add(panel);
            if (done != null) {
                panel.say(done);
            }
        } else if (done != null) {
            var said = new Paragraph(done);
            said.getElement().setAttribute("role", "status");
            previousMinutes.add(said);
        }
    }

    /** After the chair's own command: read the record as this viewer, now, without waiting for the push. */
    void refreshNow() {
        console.show(minutes.record(meetingId));
    }

    /** A change from anyone, pushed after commit; the shared record is used rather than read again per console. */
    void refresh(LiveUpdate update) {
        if (console != null && update.meetingLevel()) {
            console.show(insider ? update.insiderRecord() : update.publicRecord());
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        subscribe();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe();
    }

    // The push arrives on the relay's thread, which has no signed-in user: the task runs as the viewer who opened
    // the console, so every service it calls sees the same person a click would.
    private void subscribe() {
        unsubscribe();
        if (console == null) {
            return;
        }
        var ui = getUI().orElseThrow();
        SecurityContext security = SecurityContextHolder.getContext();
        subscription = channel.subscribe(meetingId, displayName(), update -> {
            try {
                ui.access(() -> asViewer(security, () -> refresh(update)));
            } catch (UIDetachedException gone) {
                // The tab closed before its detach was processed: stop following, and let the others be served.
                unsubscribe();
            }
        });
    }

    private static void asViewer(SecurityContext security, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(security);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void unsubscribe() {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }

    private String displayName() {
        Viewer v = viewer.get();
        return v.personId() == null ? viewer.name() : people.person(v.personId()).getName();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
