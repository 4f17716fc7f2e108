package org.minutebook.room;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.minutebook.live.LiveUpdate;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.security.AccessPolicy;
import org.minutebook.security.MeetingStatus;

/**
 * The clerk's console: the minutes, resolutions and actions of one item, recorded as the meeting goes. It follows
 * the item the chair has open, unless the clerk is in the middle of writing; then it says the chair has moved on.
 * Everything saved goes through the services (which check the clerk again); typing in progress is a private draft.
 */
@Route("meetings/:meetingId/clerk")
@RolesAllowed({"CLERK", "ADMIN"})
@StyleSheet("css/clerk-console.css")
public class ClerkConsoleView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClerkServices s;
    private String title = "Clerk's console — Minutebook";
    private final LiveFeed feed = new LiveFeed();
    long meetingId;
    /** The item the chair has open, as last seen; null when none. */
    Long currentItemId;
    Long selectedItemId;
    /** The record as last shown, to tell whether an update brings anything new. */
    private MeetingRecord shown;
    ItemBar itemBar;
    ItemMinutes minutes;
    ItemActions actions;
    MattersArisingPanel mattersArising;

    ClerkConsoleView(ClerkServices s) {
        this.s = s;
        addClassNames("view", "clerk-console");
        // Once, here: beforeEnter runs again when the same view is reused for another meeting.
        Shortcuts.addShortcutListener(this, () -> ifOpen(() -> minutes.newParagraph()), Key.KEY_P, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> ifOpen(() -> minutes.newClause()), Key.KEY_C, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> ifOpen(() -> actions.newAction()), Key.KEY_A, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> ifOpen(() -> itemBar.nextItem()), Key.KEY_N, KeyModifier.ALT);
    }

    private void ifOpen(Runnable command) {
        if (minutes != null) {
            command.run();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        feed.stop();
        itemBar = null;
        minutes = null;
        actions = null;
        MeetingRecord record;
        try {
            meetingId = Long.parseLong(event.getRouteParameters().get("meetingId").orElse(""));
            record = s.minutes().record(meetingId);
        } catch (NoSuchElementException | NumberFormatException e) {
            refuse("No such meeting", "There is no meeting at this address. It may have been removed, or the link may be mistyped.");
            return;
        }
        if (!AccessPolicy.canRecordMinutes(s.viewer().get(), record.bodyId())) {
            refuse("Not your minutes", "Only the clerk of this body records its minutes.");
            return;
        }
        if (!ClerkConsoleView.recording(record)) {
            refuse("Nothing to record yet", "The console opens while the meeting is live, and after it until the minutes are approved.");
            return;
        }
        title = "Clerk's console: " + record.bodyName() + " — Minutebook";
        var back = new Anchor("meetings/" + meetingId, "Back to the meeting");
        back.getElement().setAttribute("router-link", true);
        var when = new Paragraph(record.bodyName() + " · " + (record.when() == null ? "date not recorded" : record.when()));
        when.addClassName("muted");
        itemBar = new ItemBar(s, meetingId, this::pick, this::opened);
        minutes = new ItemMinutes(s, record.bodyId(), this::refresh);
        actions = new ItemActions(s, meetingId, record.bodyId());
        mattersArising = new MattersArisingPanel(s, meetingId);
        var work = new Div(minutes, new Div(mattersArising, actions, new ShortcutHelp()));
        work.addClassName("clerk-work");
        add(back, new H1("Clerk's console"), when, itemBar, work);
        currentItemId = record.currentItemId();
        Long first = currentItemId != null ? currentItemId
                : record.items().isEmpty() ? null : record.items().getFirst().id();
        show(record, first);
        if (isAttached()) {
            subscribe(getUI().orElseThrow());
        }
    }

    private void refuse(String heading, String text) {
        title = heading + " — Minutebook";
        add(new H1(heading), new Paragraph(text), new Anchor("meetings", "Back to meetings"));
    }

    /** While the meeting is live, and after it until the minutes are approved (numbers are frozen then). */
    static boolean recording(MeetingRecord r) {
        return r.status() == MeetingStatus.LIVE || (r.status() == MeetingStatus.CLOSED && r.minutes().isDraft());
    }

    /** Shows the record with the given item selected (the editors close, keeping their drafts, if the item changes). */
    private void show(MeetingRecord record, Long itemId) {
        shown = record;
        selectedItemId = itemId;
        itemBar.show(record, itemId);
        MeetingRecord.Item item = record.item(itemId).orElse(null);
        minutes.show(item);
        actions.show(item);
        mattersArising.show(item);
    }

    /** Reads the record again (after a save, or when another clerk or the chair changed something). */
    void refresh() {
        pick(selectedItemId);
    }

    private void pick(Long itemId) {
        show(s.minutes().record(meetingId), itemId);
    }

    /** The clerk, acting for the chair, opened the next item: go there at once, not waiting for the push. */
    private void opened(long itemId) {
        currentItemId = itemId;
        pick(itemId);
    }

    /** A change was committed somewhere: follow the chair, and show what changed (read afresh, never stale). */
    void onUpdate(LiveUpdate update) {
        if (alreadyShown(update)) {
            return;
        }
        MeetingRecord record = s.minutes().record(meetingId);
        Long current = record.currentItemId();
        boolean moved = !Objects.equals(current, currentItemId);
        currentItemId = current;
        boolean elsewhere = moved && current != null && !current.equals(selectedItemId);
        if (elsewhere && !minutes.editing() && !actions.editing() && !mattersArising.editing()) {
            show(record, current);
            return;
        }
        if (moved || update.meetingLevel() || update.changedItems().contains(selectedItemId)) {
            show(record, selectedItemId);
        }
        if (elsewhere) {
            itemBar.chairMovedOn(record, current);
        }
    }

    /**
     * Whether the update changes nothing this console shows: the chair has not moved on, and the selected item is
     * untouched or already shown as it now is (typically the clerk's own save, read back as it returned). Then the
     * record is not read again. Judged from the members' record the update carries; whenever that differs in any
     * way from what is shown, the record is read.
     */
    private boolean alreadyShown(LiveUpdate update) {
        MeetingRecord insiders = update.insiderRecord();
        if (insiders == null || shown == null || update.meetingLevel() || update.actions()
                || !Objects.equals(insiders.currentItemId(), currentItemId)) {
            return false;
        }
        return !update.changedItems().contains(selectedItemId)
                || insiders.item(selectedItemId).equals(shown.item(selectedItemId));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        subscribe(event.getUI());
    }

    private void subscribe(UI ui) {
        feed.stop();
        if (minutes != null) {
            feed.follow(s.channel(), meetingId, ClerkMessages.who(s, s.viewer().name()), ui, this::onUpdate);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        feed.stop();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
