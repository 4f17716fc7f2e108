package org.minutebook.room;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.NoSuchElementException;
import org.minutebook.live.LiveUpdate;
import org.minutebook.live.MeetingChannel;
import org.minutebook.meeting.ChairService;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.minutes.MinutesService;
import org.minutebook.security.AccessPolicy;
import org.minutebook.security.CurrentViewer;
import org.minutebook.security.MeetingStatus;
import org.minutebook.security.Viewer;
import org.springframework.security.access.AccessDeniedException;

/**
 * What members and officers see while a meeting runs: the item under discussion, the agenda, the record as the
 * clerk saves it, who is here, and the speakers' queue with their own request to speak. Kept current by server
 * push; each update changes only the parts whose data differ, so scroll position and focus stay where they were.
 */
@Route("meetings/:meetingId/live")
@PermitAll
public class LiveMeetingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MinutesService minutes;
    private final ChairService chair;
    private final MeetingChannel channel;
    private final CurrentViewer currentViewer;
    private final RoomService room;

    final LiveHeader header = new LiveHeader();
    final LiveAgenda agenda = new LiveAgenda();
    final LiveRecord record = new LiveRecord();
    final PresencePanel presence = new PresencePanel();
    final SpeakersPanel speakers;

    private long meetingId;
    private Viewer viewer;
    private boolean insider;
    private MeetingRecord shown;
    private Floor floor;
    private RaisedActions raised;
    private boolean detachedSinceShown;
    private MeetingChannel.Subscription subscription;
    private String title = "Live meeting — Minutebook";

    LiveMeetingView(MinutesService minutes, ChairService chair, MeetingChannel channel, CurrentViewer currentViewer,
                    RoomService room) {
        this.minutes = minutes;
        this.chair = chair;
        this.channel = channel;
        this.currentViewer = currentViewer;
        this.room = room;
        this.speakers = new SpeakersPanel(this::requestToSpeak, this::withdrawRequest);
        addClassNames("view", "live-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // The router reuses this view when only the meeting in the address changes: follow the new one instead.
        unfollow();
        removeAll();
        MeetingRecord r;
        try {
            meetingId = Long.parseLong(event.getRouteParameters().get("meetingId").orElse(""));
            r = minutes.record(meetingId);
        } catch (NoSuchElementException | NumberFormatException e) {
            meetingId = 0;
            title = "No such meeting — Minutebook";
            add(new H1("No such meeting"), new Paragraph("There is no meeting at this address."),
                    new Anchor("meetings", "Back to meetings"));
            return;
        }
        viewer = currentViewer.get();
        insider = AccessPolicy.canSeeExemptContent(viewer, r.bodyId());
        title = "Live: " + r.bodyName() + " — Minutebook";
        var side = new Aside(speakers, agenda, presence);
        side.addClassName("live-side");
        side.getElement().setAttribute("aria-label", "Speakers, agenda and attendance");
        var columns = new Div(record, side);
        columns.addClassName("live-columns");
        var back = new Anchor("meetings/" + meetingId, "Meeting page");
        back.addClassName("live-back");
        add(header, columns, back);
        raised = room.actions(meetingId);
        show(r, room.floor(meetingId));
        if (isAttached()) {
            getUI().ifPresent(this::follow);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (meetingId == 0) {
            return;
        }
        Reconnecting.configure(event.getUI());
        follow(event.getUI());
        if (detachedSinceShown) {
            // Back after a detach (e.g. the tab was restored): read everything again rather than trust what was shown.
            raised = room.actions(meetingId);
            show(minutes.record(meetingId), room.floor(meetingId));
        }
    }

    private void follow(UI ui) {
        subscription = channel.subscribe(meetingId, room.displayName(), update -> Reconnecting.push(ui, () -> apply(update)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unfollow();
        detachedSinceShown = true;
        super.onDetach(event);
    }

    private void unfollow() {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }

    private void apply(LiveUpdate update) {
        MeetingRecord r = insider ? update.insiderRecord() : update.publicRecord();
        raised = room.actions(update);
        show(r, update.meetingLevel() ? room.floor(update) : floor);
    }

    private void show(MeetingRecord r, Floor f) {
        shown = r;
        floor = f;
        detachedSinceShown = false;
        header.show(r, f.quorum());
        agenda.show(r);
        record.show(r, raised, insider);
        presence.show(r.present(), r.inAttendance(), r.apologies(), channel.connected(meetingId));
        speakers.show(f, viewer.personId(),
                r.status() == MeetingStatus.LIVE && AccessPolicy.canRequestToSpeak(viewer, r.bodyId()));
    }

    private void requestToSpeak() {
        command(() -> chair.requestToSpeak(meetingId));
    }

    private void withdrawRequest(long requestId) {
        command(() -> chair.withdrawRequest(requestId));
    }

    /** Runs the viewer's own command, shows its refusal in words, and shows the queue at once (the push follows). */
    private void command(Runnable command) {
        try {
            command.run();
        } catch (IllegalStateException | IllegalArgumentException | AccessDeniedException | NoSuchElementException e) {
            Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        show(shown, room.floor(meetingId));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
