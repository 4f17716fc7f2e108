package org.minutebook.room;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.NoSuchElementException;
import org.minutebook.live.MeetingChannel;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.minutes.MinutesService;

/**
 * The screen in the meeting room: the item under discussion and what has been decided on it, in large type.
 * It faces the public gallery, so it shows only what the public may see, whoever signed it in: while an exempt
 * item is open, only the notice that the public are excluded.
 */
@Route(value = "meetings/:meetingId/projector", autoLayout = false)
@PermitAll
public class ProjectorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MinutesService minutes;
    private final MeetingChannel channel;
    private final RoomService room;

    final Paragraph meeting = new Paragraph();
    final ProjectedItem current = new ProjectedItem();
    private long meetingId;
    private boolean detachedSinceShown;
    private MeetingChannel.Subscription subscription;
    private String title = "Projector — Minutebook";

    ProjectorView(MinutesService minutes, MeetingChannel channel, RoomService room) {
        this.minutes = minutes;
        this.channel = channel;
        this.room = room;
        addClassName("projector");
        meeting.addClassName("projector-meeting");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // The router reuses this view when only the meeting in the address changes: follow the new one instead.
        unfollow();
        removeAll();
        try {
            meetingId = Long.parseLong(event.getRouteParameters().get("meetingId").orElse(""));
            show(publicRecord());
        } catch (NoSuchElementException | NumberFormatException e) {
            meetingId = 0;
            title = "No such meeting — Minutebook";
            add(new H1("No such meeting"));
            return;
        }
        add(meeting, current);
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
            show(publicRecord());
        }
    }

    private void follow(UI ui) {
        subscription = channel.subscribe(meetingId, room.displayName() + " (projector)",
                update -> Reconnecting.push(ui, () -> show(update.publicRecord())));
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

    /** The record as the public gallery may see it, whoever is signed in on the projector. */
    private MeetingRecord publicRecord() {
        return minutes.recordFor(meetingId, false);
    }

    private void show(MeetingRecord r) {
        detachedSinceShown = false;
        title = r.bodyName() + " — projector";
        String line = r.bodyName() + (r.when() == null ? "" : " · " + r.when());
        if (!line.equals(meeting.getText())) {
            meeting.setText(line);
        }
        current.show(r);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** The current item and its decisions; rebuilt only when that item's record (or the meeting's state) changes. */
    static class ProjectedItem extends Div {

        private Object shownKey;

        ProjectedItem() {
            addClassName("projector-item");
            getElement().setAttribute("aria-live", "polite");
        }

        void show(MeetingRecord r) {
            var item = r.currentItem().orElse(null);
            Object key = item != null ? item : r.status();
            if (key.equals(shownKey)) {
                return;
            }
            shownKey = key;
            removeAll();
            if (item == null) {
                var waiting = new H1(switch (r.status()) {
                    case SCHEDULED -> "The meeting will begin shortly.";
                    case LIVE -> "The meeting will continue shortly.";
                    case CLOSED -> "The meeting has closed.";
                    case CANCELLED -> "This meeting was cancelled.";
                    case POSTPONED -> "This meeting was postponed.";
                });
                waiting.addClassName("projector-waiting");
                add(waiting);
                return;
            }
            if (item.exempt() || !item.contentVisible()) {
                // Not even the title: the gallery has been asked to leave.
                var notice = new H1("Exempt item — the public are excluded");
                notice.addClassName("projector-exempt");
                add(notice);
                return;
            }
            add(new H1(item.heading()));
            var decided = item.paragraphs().stream().filter(MeetingRecord.Paragraph::resolution).toList();
            if (decided.isEmpty()) {
                var none = new Paragraph(ItemLabels.text(item.status(), item.outcome()));
                none.addClassName("projector-status");
                add(none);
            }
            decided.forEach(p -> add(new ProjectedResolution(p)));
        }
    }
}
