package org.minutebook.room;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.minutebook.actions.Action;
import org.minutebook.actions.ActionService;
import org.minutebook.actions.ActionStatus;
import org.minutebook.meeting.StandardItem;
import org.minutebook.minutes.MeetingRecord;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Under "Matters arising and action log": every action still open from the body's earlier meetings, each with
 * "Record update" for what the meeting hears about it. The update is dated, tied to this meeting and item, and
 * shows in the action's history.
 */
class MattersArisingPanel extends Section {

    private final ClerkServices s;
    private final long meetingId;
    private Long itemId;
    /** The update form being filled in, if any: a push does not wipe it. */
    Div openForm;
    final UnorderedList list = new UnorderedList();
    final Paragraph none = new Paragraph("No actions remain open from earlier meetings.");

    MattersArisingPanel(ClerkServices s, long meetingId) {
        this.s = s;
        this.meetingId = meetingId;
        addClassName("clerk-matters-arising");
        var heading = new H2("Open actions from earlier meetings");
        heading.setId("clerk-matters-arising-heading");
        getElement().setAttribute("aria-labelledby", "clerk-matters-arising-heading");
        list.addClassName("clerk-action-list");
        none.addClassName("muted");
        add(heading, list, none);
        setVisible(false);
    }

    /** Shown only while the selected item is the agenda's "Matters arising and action log". */
    void show(MeetingRecord.Item item) {
        boolean mattersArising = item != null
                && s.meetings().item(item.id()).getStandardItem() == StandardItem.MATTERS_ARISING;
        setVisible(mattersArising);
        if (!mattersArising) {
            itemId = null;
            return;
        }
        if (itemId != null && itemId == item.id()) {
            return; // the same item again after a push: keep the list and what the clerk is typing
        }
        itemId = item.id();
        list();
    }

    boolean editing() {
        return openForm != null;
    }

    private void list() {
        openForm = null;
        list.removeAll();
        List<Action> open = s.actions().openFromEarlierMeetings(meetingId);
        none.setVisible(open.isEmpty());
        for (Action a : open) {
            String owner = a.getOwnerPersonId() != null ? s.people().person(a.getOwnerPersonId()).getName()
                    : a.getOwnerOrganisationId() != null
                    ? s.people().organisation(a.getOwnerOrganisationId()).map(o -> o.getName()).orElse("") : "no owner named";
            var text = new Span(a.getDescription() + " — " + owner + " · " + ActionService.label(a.getStatus()));
            var entry = new ListItem(text);
            var record = new Button("Record update", e -> openForm(entry, a));
            record.addThemeVariants(ButtonVariant.SMALL);
            record.getElement().setAttribute("aria-label", "Record update on: " + a.getDescription());
            entry.add(record);
            list.add(entry);
        }
    }

    private void openForm(ListItem entry, Action a) {
        var note = new TextArea("What the meeting heard");
        note.setWidthFull();
        var status = new Select<ActionStatus>();
        status.setLabel("Status");
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(ActionService::label);
        status.setValue(a.getStatus());
        var form = new Div(note, status);
        form.addClassName("update-form");
        var save = new Button("Save update", e -> {
            try {
                s.actions().recordAtMeeting(a.getId(), a.getVersion(), meetingId, itemId, note.getValue(), status.getValue());
                ClerkMessages.done("Update recorded on \"" + a.getDescription() + "\".");
                list();
            } catch (OptimisticLockingFailureException ex) {
                note.setErrorMessage("The action changed meanwhile (now " + ActionService.label(s.actions().action(a.getId()).getStatus())
                        + "). Your words are kept: check and save again.");
                note.setInvalid(true);
            } catch (IllegalArgumentException | AccessDeniedException ex) {
                note.setErrorMessage(ex.getMessage());
                note.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        var cancel = new Button("Cancel", e -> list());
        cancel.addThemeVariants(ButtonVariant.SMALL);
        form.add(save, cancel);
        entry.getChildren().filter(Button.class::isInstance).forEach(b -> b.setVisible(false));
        entry.add(form);
        openForm = form;
        note.focus();
    }
}
