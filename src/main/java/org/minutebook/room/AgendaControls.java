package org.minutebook.room;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minutebook.meeting.ItemOutcome;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.security.MeetingStatus;

/**
 * The agenda as the chair runs it: every item with its number and state, the current one marked, and opening,
 * finishing, deferring and withdrawing items, "Next item" (Alt+N) and urgent items. Numbers come from the record.
 */
class AgendaControls extends Div {

    private final ChairServices s;
    final Paragraph now = new Paragraph();
    final Paragraph exclusion = new Paragraph();
    final Button next = new Button("Next item", e -> openNext());
    final OrderedList list = new OrderedList();
    final Map<Long, AgendaControlRow> rows = new LinkedHashMap<>();
    final TextField urgentTitle = new TextField("Urgent item title");
    final Button addUrgent = new Button("Add urgent item", e -> addUrgent());
    ConfirmDialog exemptDialog;
    private MeetingRecord record;

    AgendaControls(ChairServices services) {
        this.s = services;
        addClassName("agenda-controls");
        now.addClassName("current-item");
        exclusion.addClassName("exclusion-notice");
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        next.setTooltipText("Open the next item not yet taken (Alt+N)");
        next.setAriaLabel("Next item (Alt+N)");
        next.getElement().setAttribute("aria-keyshortcuts", "Alt+N");
        list.addClassName("agenda-rows");
        urgentTitle.setHelperText("The chair admits it as urgent; it joins the agenda before \"Date of next meeting\".");
        urgentTitle.setMaxLength(480);
        urgentTitle.addValueChangeListener(e -> urgentTitle.setInvalid(false));
        var bar = new Div(now, next);
        bar.addClassName("section-header");
        var urgent = new Div(urgentTitle, addUrgent);
        urgent.addClassName("inline-form");
        add(bar, exclusion, list, urgent);
    }

    void show(MeetingRecord record, MeetingStatus status, Map<Long, ItemOutcome> outcomes) {
        this.record = record;
        var current = record.currentItem();
        now.setText(current.map(i -> "Current item: " + i.heading()).orElse(status == MeetingStatus.LIVE
                ? "No item is open." : status == MeetingStatus.SCHEDULED ? "The meeting has not opened yet." : "The meeting has closed."));
        var exempt = current.filter(MeetingRecord.Item::exempt);
        exclusion.setVisible(exempt.isPresent());
        exempt.ifPresent(i -> exclusion.setText("The press and public are excluded while this item is open"
                + (i.exemptParagraph() == null ? "." : " (Schedule 12A, paragraph " + i.exemptParagraph() + ").")
                + " The public pages and the projector show only that the item is exempt."));
        next.setEnabled(status == MeetingStatus.LIVE);
        boolean open = status == MeetingStatus.LIVE || status == MeetingStatus.SCHEDULED;
        urgentTitle.setVisible(open);
        addUrgent.setVisible(open);
        syncRows(record.items());
        for (MeetingRecord.Item item : record.items()) {
            rows.get(item.id()).show(item, Long.valueOf(item.id()).equals(record.currentItemId()), status, outcomes.get(item.id()));
        }
    }

    // New items are inserted where they belong and existing rows stay attached, so focus is not lost;
    // only a reorder or a removal (the clerk editing the agenda) rebuilds the list.
    private void syncRows(List<MeetingRecord.Item> items) {
        List<Long> ids = items.stream().map(MeetingRecord.Item::id).toList();
        List<Long> have = new ArrayList<>(rows.keySet());
        if (!ids.containsAll(have) || !ids.stream().filter(have::contains).toList().equals(have)) {
            list.removeAll();
            rows.clear();
        }
        for (int i = 0; i < ids.size(); i++) {
            if (!rows.containsKey(ids.get(i))) {
                var row = newRow();
                list.addComponentAtIndex(i, row);
                rows.put(ids.get(i), row);
            }
        }
        var ordered = new LinkedHashMap<Long, AgendaControlRow>();
        ids.forEach(id -> ordered.put(id, rows.get(id)));
        rows.clear();
        rows.putAll(ordered);
    }

    private AgendaControlRow newRow() {
        var row = new AgendaControlRow();
        row.open.addClickListener(e -> openItem(row.item, row));
        row.resolved.addClickListener(e -> act(row, () -> s.chair().completeItem(row.item.id(), ItemOutcome.RESOLVED)));
        row.noted.addClickListener(e -> act(row, () -> s.chair().completeItem(row.item.id(), ItemOutcome.NOTED)));
        row.defer.addClickListener(e -> act(row, () -> s.chair().deferItem(row.item.id())));
        row.withdraw.addClickListener(e -> act(row, () -> s.chair().withdrawItem(row.item.id())));
        return row;
    }

    private void act(AgendaControlRow row, Runnable command) {
        if (ChairFeedback.attempt(command, null)) {
            s.changed().run();
            row.keepFocus();
        }
    }

    private void openNext() {
        var item = s.chair().nextItem(s.meetingId());
        if (item.isEmpty()) {
            ChairFeedback.refused("No item is left to take: every item after the current one has been taken, deferred or withdrawn.");
            return;
        }
        record.item(item.get().getId()).ifPresent(i -> openItem(i, rows.get(i.id())));
    }

    // An exempt item excludes the press and public: the chair confirms, knowing which paragraph applies.
    private void openItem(MeetingRecord.Item item, AgendaControlRow row) {
        if (!item.exempt()) {
            act(row, () -> s.chair().openItem(item.id()));
            return;
        }
        exemptDialog = new ConfirmDialog();
        exemptDialog.setHeader("Exclude the press and public?");
        exemptDialog.setText(item.heading() + " is exempt" + (item.exemptParagraph() == null ? "" : " under paragraph "
                + item.exemptParagraph() + " of Part 1 of Schedule 12A to the Local Government Act 1972")
                + ". Opening it excludes the press and public: the public pages and the projector will show only "
                + "\"Exempt item — the public are excluded\". The clerk minutes the resolution to exclude them.");
        exemptDialog.setConfirmText("Open and exclude the public");
        exemptDialog.setCancelable(true);
        exemptDialog.setCancelText("Go back");
        exemptDialog.addConfirmListener(e -> act(row, () -> s.chair().openItem(item.id())));
        exemptDialog.open();
    }

    private void addUrgent() {
        try {
            s.chair().addUrgentItem(s.meetingId(), urgentTitle.getValue());
        } catch (IllegalArgumentException e) {
            urgentTitle.setErrorMessage(e.getMessage());
            urgentTitle.setInvalid(true);
            urgentTitle.focus();
            return;
        } catch (IllegalStateException | org.springframework.security.access.AccessDeniedException e) {
            ChairFeedback.refused(e.getMessage());
            return;
        }
        urgentTitle.clear();
        s.changed().run();
        ChairFeedback.done("Urgent item added to the agenda.");
    }
}
