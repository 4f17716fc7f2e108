package org.minutebook.minutes;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.NoSuchElementException;
import org.minutebook.meeting.AgendaEditorView;
import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.MeetingService;
import org.minutebook.meeting.StatusBadge;
import org.minutebook.security.AccessPolicy;
import org.minutebook.security.AgendaStatus;
import org.minutebook.security.CurrentViewer;
import org.minutebook.security.MeetingStatus;
import org.minutebook.security.MinutesStatus;

/** A meeting's page for signed-in people: its heading, then the record exactly as the viewer may see it. */
@Route("meetings/:meetingId")
@PermitAll
public class MeetingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MinutesService minutes;
    private final MeetingService meetings;
    private final CurrentViewer viewer;
    private final MinutesLifecycleService lifecycle;
    private String title = "Meeting — Minutebook";
    RecordPanel record;
    MinutesLifecyclePanel lifecyclePanel;
    PreviousMinutesPanel previousMinutes;

    MeetingView(MinutesService minutes, MeetingService meetings, CurrentViewer viewer, MinutesLifecycleService lifecycle) {
        this.lifecycle = lifecycle;
        this.minutes = minutes;
        this.meetings = meetings;
        this.viewer = viewer;
        addClassNames("view", "meeting-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("meetingId").orElse(""));
        } catch (NumberFormatException e) {
            id = -1;
        }
        show(id, null);
    }

    /** Builds the page from the services; {@code done} is what the user's last click did, said in the panel. */
    void show(long id, String done) {
        removeAll();
        lifecyclePanel = null;
        previousMinutes = null;
        MeetingRecord r;
        Meeting meeting;
        try {
            meeting = meetings.meeting(id);
            r = minutes.record(id);
        } catch (NoSuchElementException | NumberFormatException e) {
            title = "No such meeting — Minutebook";
            add(new H1("No such meeting"), new Paragraph("There is no meeting at this address. It may have been removed, "
                    + "or the link may be mistyped."), new Anchor("meetings", "Back to meetings"));
            return;
        }
        String when = r.when() == null ? "Date not recorded" : r.when();
        title = r.bodyName() + ", " + when + " — Minutebook";
        var meetingWhen = new Span(when);
        meetingWhen.addClassName("meeting-when");
        var h1 = new H1(new Span(r.bodyName()), meetingWhen);
        var meta = new Paragraph(r.venue() == null ? "Venue not recorded" : r.venue());
        meta.addClassName("meeting-meta");
        var badges = new Div(StatusBadge.of(r.status()), StatusBadge.of(meeting.getAgendaStatus()));
        if (StatusBadge.minutesWorthShowing(meeting.getStatus(), meeting.getMinutesStatus()) && r.minutes().isVisible()) {
            badges.add(StatusBadge.of(meeting.getMinutesStatus()));
        }
        badges.addClassName("badges");
        var header = new Div(h1, meta, badges);
        header.addClassName("meeting-header");
        // The console lives in room/, which depends on minutes/: a plain link keeps the dependency one way.
        if (AccessPolicy.canRecordMinutes(viewer.get(), r.bodyId()) && (meeting.getStatus() == MeetingStatus.LIVE
                || (meeting.getStatus() == MeetingStatus.CLOSED && (meeting.getMinutesStatus() == MinutesStatus.DRAFT
                        || meeting.getMinutesStatus() == MinutesStatus.DRAFT_PUBLISHED)))) {
            var console = new Anchor("meetings/" + r.meetingId() + "/clerk", "Clerk's console");
            console.getElement().setAttribute("router-link", true);
            console.addClassNames("edit-agenda", "clerk-console-link");
            header.add(console);
        }
        if (AccessPolicy.canEditAgenda(viewer.get(), r.bodyId())) {
            var edit = new RouterLink("Edit agenda", AgendaEditorView.class, new RouteParameters("meetingId", Long.toString(r.meetingId())));
            edit.addClassName("edit-agenda");
            header.add(edit);
        }
        if (meeting.getStatus() == MeetingStatus.LIVE) {
            header.add(liveLinks(r.meetingId()));
        }
        if (AccessPolicy.canChair(viewer.get(), r.bodyId())) {
            // A plain link, not a RouterLink to the class: the room feature depends on minutes, not the reverse.
            var console = new Anchor("meetings/" + r.meetingId() + "/chair", "Chair's console");
            console.getElement().setAttribute("router-link", true);
            console.addClassName("edit-agenda");
            header.add(console);
        }
        record = new RecordPanel(r, meeting.getAgendaStatus() == AgendaStatus.DRAFT);
        add(header);
        var pending = lifecycle.pendingApprovals(id);
        if (!pending.isEmpty()) {
            previousMinutes = new PreviousMinutesPanel(lifecycle, viewer.get(), pending, r.bodyId(), message -> show(id, message));
            add(previousMinutes);
        }
        if (meeting.getStatus() == MeetingStatus.CLOSED && r.minutes().isVisible()) {
            lifecyclePanel = new MinutesLifecyclePanel(lifecycle, minutes, viewer.get(), id, message -> show(id, message));
            add(lifecyclePanel);
        }
        if (done != null) {
            // Said where the user acted; if that panel has gone (nothing left to approve), under the header.
            var feedback = lifecyclePanel != null ? lifecyclePanel.feedback : previousMinutes != null ? previousMinutes.feedback : null;
            if (feedback == null) {
                feedback = new Paragraph();
                feedback.addClassName("lifecycle-feedback");
                feedback.getElement().setAttribute("role", "status");
                add(feedback);
            }
            feedback.setText(done);
        }
        add(record);
    }

    /**
     * Links to the live room. By address rather than by view class: the room builds on the minutes, so the
     * minutes must not depend on it.
     */
    private static Div liveLinks(long meetingId) {
        var follow = new Anchor("meetings/" + meetingId + "/live", "Follow live");
        follow.getElement().setAttribute("router-link", true);
        var projector = new Anchor("meetings/" + meetingId + "/projector", "Projector");
        var links = new Div(follow, projector);
        links.addClassName("live-links");
        return links;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
