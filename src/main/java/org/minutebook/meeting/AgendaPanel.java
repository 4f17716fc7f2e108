package org.minutebook.meeting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.NoSuchElementException;
import org.minutebook.security.MeetingStatus;
import org.minutebook.security.MinutesStatus;
import org.minutebook.shared.UkTime;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The agenda's items in order with their numbers, and adding, editing, moving and removing them. After every change
 * the list is read again, so the numbers shown are the numbering engine's, never worked out here.
 */
class AgendaPanel extends Div {

    private final MeetingService meetings;
    private final PaperService papers;
    PapersDialog papersDialog;
    private final long meetingId;
    private final Runnable changed;
    final OrderedList list = new OrderedList();
    final Button add = new Button("Add item", e -> openForm(null));
    /** Items deferred or not reached at the body's earlier meetings, offered for this agenda. */
    final Div carried = new Div();
    final UnorderedList carriedList = new UnorderedList();
    Dialog dialog;
    ItemForm form;

    AgendaPanel(MeetingService meetings, PaperService papers, long meetingId, Runnable changed) {
        this.meetings = meetings;
        this.papers = papers;
        this.meetingId = meetingId;
        this.changed = changed;
        addClassName("agenda-panel");
        list.addClassName("agenda-rows");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        carried.addClassName("carried-forward");
        carried.add(new H3("Carried forward from earlier meetings"), new Paragraph(
                "Items deferred or not reached at this body's earlier meetings. Adding one copies its details and papers."),
                carriedList);
        add(list, add, carried);
    }

    /** The "Add to this agenda" buttons of the items offered, in order. */
    List<Button> carryButtons() {
        return carriedList.getChildren().flatMap(c -> c.getChildren()).filter(Button.class::isInstance)
                .map(Button.class::cast).toList();
    }

    List<AgendaRow> rows() {
        return list.getChildren().filter(AgendaRow.class::isInstance).map(AgendaRow.class::cast).toList();
    }

    void refresh() {
        Meeting meeting = meetings.meeting(meetingId);
        boolean movable = meeting.getMinutesStatus() == MinutesStatus.DRAFT || meeting.getMinutesStatus() == MinutesStatus.DRAFT_PUBLISHED;
        List<MeetingService.NumberedItem> items = meetings.numberedAgenda(meetingId);
        list.removeAll();
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            boolean removable = item.status() == ItemStatus.PENDING && meeting.getStatus() == MeetingStatus.SCHEDULED;
            var row = new AgendaRow(item, i == 0, i == items.size() - 1, movable, removable);
            row.edit.addClickListener(e -> openForm(item));
            row.up.addClickListener(e -> {
                act(() -> meetings.moveItem(item.id(), -1), null);
                focusMoved(item.id(), true);
            });
            row.down.addClickListener(e -> {
                act(() -> meetings.moveItem(item.id(), +1), null);
                focusMoved(item.id(), false);
            });
            row.remove.addClickListener(e -> confirmRemove(item));
            row.papers.addClickListener(e -> {
                papersDialog = new PapersDialog(papers, meetings, item);
                papersDialog.open();
            });
            list.add(row);
        }
        if (items.isEmpty()) {
            list.add(new Paragraph("No items yet. Add the first one below."));
        }
        showCarryForward();
    }

    private void showCarryForward() {
        carriedList.removeAll();
        var candidates = meetings.carryForwardCandidates(meetingId);
        carried.setVisible(!candidates.isEmpty());
        for (var c : candidates) {
            String from = (c.status() == ItemStatus.DEFERRED ? "Deferred at " : "Not reached at ")
                    + "the meeting of " + UkTime.dateTime(c.fromMeetingStartsAt(), "an undated meeting");
            var label = new Span(c.title() + (c.exempt() ? " (exempt)" : ""));
            label.addClassName("carried-title");
            var button = new Button("Add to this agenda", e -> act(() -> meetings.carryForward(meetingId, c.itemId()),
                    "\"" + c.title() + "\" added to this agenda."));
            button.getElement().setAttribute("aria-label", "Add \"" + c.title() + "\" to this agenda");
            carriedList.add(new ListItem(label, new Span(" — " + from + " "), button));
        }
    }

    // Keyboard users keep their place: focus follows the moved item.
    private void focusMoved(long itemId, boolean up) {
        rows().stream().filter(r -> r.item.id() == itemId).findFirst().ifPresent(r -> {
            Button preferred = up ? r.up : r.down;
            (preferred.isEnabled() ? preferred : up ? r.down : r.up).focus();
        });
    }

    private void openForm(MeetingService.NumberedItem item) {
        form = new ItemForm();
        form.edit(item == null ? new ItemDetails() : item.details());
        long[] version = {item == null ? 0 : item.version()};
        dialog = new Dialog();
        dialog.setHeaderTitle(item == null ? "Add an item" : item.number() == null ? "Edit item" : "Edit item " + item.number());
        dialog.setWidth("min(48rem, 100vw)");
        form.addSaveListener(e -> {
            try {
                if (item == null) {
                    meetings.addItem(meetingId, e.details);
                } else {
                    meetings.updateItem(item.id(), version[0], e.details);
                }
                dialog.close();
                Messages.done(item == null ? "Item added." : "Item saved.");
                refresh();
                changed.run();
            } catch (OptimisticLockingFailureException ex) {
                var fresh = meetings.numberedItem(item.id());
                version[0] = fresh.version();
                form.edit(fresh.details());
                form.showError("Someone else changed this item while you were editing it. Their version is shown now; "
                        + "make your change again and save.");
                refresh();
            } catch (NoSuchElementException ex) {
                form.showError("Someone else has removed this item from the agenda.");
                refresh();
            } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException ex) {
                form.showError(ex.getMessage());
            }
        });
        var save = new Button(item == null ? "Add item" : "Save", e -> form.save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        form.title.focus();
    }

    private void confirmRemove(MeetingService.NumberedItem item) {
        var confirm = new ConfirmDialog("Remove item " + item.heading() + "?",
                "The item and its details leave the agenda; the items after it are renumbered.",
                "Remove", e -> act(() -> meetings.removeItem(item.id()), "Item removed."));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep it");
        confirm.open();
    }

    private void act(Runnable command, String done) {
        try {
            command.run();
            if (done != null) {
                Messages.done(done);
            }
        } catch (NoSuchElementException ex) {
            Messages.refused("Someone else has removed this item from the agenda.");
        } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException ex) {
            Messages.refused(ex.getMessage());
        }
        refresh();
        changed.run();
    }
}
