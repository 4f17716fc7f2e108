package org.minutebook.room;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Stream;
import org.minutebook.meeting.ItemOutcome;
import org.minutebook.meeting.ItemStatus;
import org.minutebook.meeting.StatusBadge;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.security.MeetingStatus;

/**
 * One agenda item on the chair's console: number, title, where it stands, and the chair's buttons for it. Updated
 * in place when anything changes, so a keyboard user's focus stays where it was.
 */
class AgendaControlRow extends ListItem {

    MeetingRecord.Item item;
    final Span marker = new Span("Now");
    final Span heading = new Span();
    final Span badges = new Span();
    final Button open = new Button("Open");
    final Button resolved = new Button("Resolved");
    final Button noted = new Button("Noted");
    final Button defer = new Button("Defer");
    final Button withdraw = new Button("Withdraw");

    AgendaControlRow() {
        addClassName("agenda-control-row");
        marker.addClassName("current-marker");
        heading.addClassName("agenda-row-title");
        // Focus lands here when the button just pressed disappears (an item opened has no "Open" any more).
        heading.getElement().setAttribute("tabindex", "-1");
        badges.addClassName("badges");
        open.addThemeVariants(ButtonVariant.PRIMARY);
        withdraw.addThemeVariants(ButtonVariant.ERROR);
        buttons().forEach(b -> b.addThemeVariants(ButtonVariant.SMALL));
        var text = new Div(new Div(marker, heading), badges);
        text.addClassName("agenda-row-text");
        var actions = new Div(open, resolved, noted, defer, withdraw);
        actions.addClassName("agenda-row-actions");
        add(text, actions);
    }

    Stream<Button> buttons() {
        return Stream.of(open, resolved, noted, defer, withdraw);
    }

    void show(MeetingRecord.Item item, boolean current, MeetingStatus meeting, ItemOutcome outcome) {
        this.item = item;
        heading.setText(item.heading());
        marker.setVisible(current);
        setClassName("current", current);
        if (current) {
            getElement().setAttribute("aria-current", "step");
        } else {
            getElement().removeAttribute("aria-current");
        }
        badges.removeAll();
        if (item.status() == ItemStatus.OPEN && !current) {
            // Opened, then left for another item without an outcome: say so, rather than "under discussion".
            var waiting = new Span("Opened earlier — no outcome yet");
            waiting.addClassNames("badge", "draft");
            badges.add(waiting);
        } else {
            badges.add(StatusBadge.of(item.status()));
        }
        if (item.status() == ItemStatus.DONE && outcome != null) {
            var how = new Span(outcome == ItemOutcome.RESOLVED ? "Resolved" : "Noted");
            how.addClassNames("badge", "approved");
            badges.add(how);
        }
        if (item.exempt()) {
            var exempt = new Span(item.exemptParagraph() == null ? "Exempt"
                    : "Exempt (Schedule 12A paragraph " + item.exemptParagraph() + ")");
            exempt.addClassNames("badge", "exempt");
            badges.add(exempt);
        }
        boolean live = meeting == MeetingStatus.LIVE;
        boolean notYetDealtWith = item.status() == ItemStatus.PENDING || item.status() == ItemStatus.OPEN;
        ItemStatus st = item.status();
        open.setVisible(live && (st == ItemStatus.PENDING || st == ItemStatus.DEFERRED || st == ItemStatus.DONE));
        open.setText(st == ItemStatus.DONE ? "Reopen" : "Open");
        resolved.setVisible(live && st == ItemStatus.OPEN);
        noted.setVisible(live && st == ItemStatus.OPEN);
        defer.setVisible(notYetDealtWith && (live || meeting == MeetingStatus.SCHEDULED));
        withdraw.setVisible(defer.isVisible());
        String name = item.heading();
        open.setAriaLabel(open.getText() + " " + name);
        resolved.setAriaLabel("Resolved: " + name);
        noted.setAriaLabel("Noted: " + name);
        defer.setAriaLabel("Defer " + name);
        withdraw.setAriaLabel("Withdraw " + name);
    }

    /** After a command on this row: the first button still shown, else the heading. */
    void keepFocus() {
        buttons().filter(Button::isVisible).findFirst().ifPresentOrElse(Button::focus,
                () -> heading.getElement().callJsFunction("focus"));
    }
}
