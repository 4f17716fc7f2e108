package org.minutebook.tracker;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.minutebook.actions.ActionService;
import org.minutebook.actions.ActionStatus;
import org.minutebook.actions.ActionUpdate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * One action: where it came from, what it serves, its dated progress history, and (for its owner, an officer of
 * the owning organisation, or the clerk) a progress update with an optional change of status. A status change
 * on an action someone changed meanwhile is refused and shown, never applied over theirs.
 */
class ActionDialog extends Dialog {

    private final ActionService actions;
    private final ActionRows rows;
    private final Runnable saved;
    private ActionRow row;
    final OrderedList history = new OrderedList();
    final Div facts = new Div();
    final TextArea note = new TextArea("Progress update");
    final Select<ActionStatus> status = new Select<>();
    final Button save = new Button("Save update", e -> save());
    final Paragraph conflict = new Paragraph();
    /** The progress form: shown only to those who may report progress. */
    final Div form;

    ActionDialog(ActionService actions, ActionRows rows, ActionRow row, Runnable saved) {
        this.actions = actions;
        this.rows = rows;
        this.row = row;
        this.saved = saved;
        addClassName("action-dialog");
        setWidth("min(48rem, 95vw)");
        setHeaderTitle("Action " + row.id() + ": " + row.description());
        history.addClassName("action-history");
        note.setHelperText("What has happened, dated today and signed with your name");
        note.setWidthFull();
        status.setLabel("Status");
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(ActionService::label);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        conflict.addClassName("conflict");
        conflict.setVisible(false);
        conflict.getElement().setAttribute("role", "alert");
        form = new Div(new H3("Report progress"), conflict, note, status, save);
        form.addClassName("action-update-form");
        form.setVisible(row.canUpdate());
        add(facts, new H3("History"), history, form);
        var close = new Button("Close", e -> close());
        getFooter().add(close);
        show();
    }

    private void show() {
        facts.removeAll();
        facts.add(fact("Owner", new Span(row.owner())), fact("Status", new Span(row.statusLabel())),
                fact("Due", new Span(row.dueWithState())),
                fact("From", row.sourcePath() == null ? new Span(row.source()) : new Anchor(row.sourcePath(), row.source())),
                fact("Serves", new Span(row.serves().isEmpty() ? "No plan element linked" : row.serves())));
        status.setValue(row.status());
        history.removeAll();
        List<ActionUpdate> updates = actions.updates(row.id());
        for (ActionUpdate u : updates) {
            String change = u.getNewStatus() == null ? "" : " Status: " + ActionService.label(u.getNewStatus()) + ".";
            String where = u.getMeetingId() == null ? "" : " Reported at the meeting under matters arising.";
            var entry = new ListItem(new Span(ActionRows.DATE.format(u.getOnDate()) + ", " + u.getAuthorName() + ": "),
                    new Span(u.getText()), new Span(change + where));
            entry.addClassName("action-history-entry");
            history.add(entry);
        }
        if (updates.isEmpty()) {
            history.add(new ListItem("No progress reported yet."));
        }
    }

    private static Div fact(String label, com.vaadin.flow.component.Component value) {
        var strong = new Span(label + ": ");
        strong.addClassName("fact-label");
        var d = new Div(strong, value);
        d.addClassName("action-fact");
        return d;
    }

    private void save() {
        conflict.setVisible(false);
        note.setInvalid(false);
        try {
            actions.addUpdate(row.id(), row.version(), note.getValue(), status.getValue());
        } catch (OptimisticLockingFailureException e) {
            reload();
            conflict.setText("Someone else changed this action while you were writing: its status is now "
                    + row.statusLabel() + ". Your update was not saved; your words are kept below. Check the history, "
                    + "then save again.");
            conflict.setVisible(true);
            return;
        } catch (IllegalArgumentException e) {
            note.setErrorMessage(e.getMessage());
            note.setInvalid(true);
            return;
        } catch (AccessDeniedException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.ERROR);
            return;
        }
        note.clear();
        reload();
        Notification.show("Progress saved.", 3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
        saved.run();
    }

    private void reload() {
        row = rows.rows(List.of(actions.action(row.id()))).getFirst();
        show();
    }
}
