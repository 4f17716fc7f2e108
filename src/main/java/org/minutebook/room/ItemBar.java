package org.minutebook.room;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.security.MeetingStatus;
import org.springframework.security.access.AccessDeniedException;

/**
 * Which item the console records: a choice of every item (numbers from the record), the chair's "open next item"
 * for the clerk acting for the chair, and the notice that the chair has moved on while the clerk was writing.
 */
class ItemBar extends Div {

    final Select<Long> item = new Select<>();
    final Button next;
    final Div movedOn = new Div();
    final Span movedOnText = new Span();
    final Button goToCurrent = new Button("Go to that item");
    private final Map<Long, String> labels = new LinkedHashMap<>();
    private final ClerkServices s;
    private final long meetingId;
    private final Consumer<Long> opened;
    private Long current;
    private boolean quiet;

    ItemBar(ClerkServices s, long meetingId, Consumer<Long> pick, Consumer<Long> opened) {
        this.s = s;
        this.meetingId = meetingId;
        this.opened = opened;
        addClassName("clerk-item-bar");
        item.setLabel("Item being minuted");
        item.setItemLabelGenerator(id -> labels.getOrDefault(id, ""));
        item.addValueChangeListener(e -> {
            if (!quiet && e.getValue() != null) {
                pick.accept(e.getValue());
            }
        });
        next = new Button("Open next item (Alt+N)", e -> nextItem());
        goToCurrent.addClickListener(e -> pick.accept(current));
        movedOn.addClassName("clerk-moved-on");
        movedOn.getElement().setAttribute("role", "status");
        movedOn.add(movedOnText, goToCurrent);
        movedOn.setVisible(false);
        var row = new Div(item, next);
        row.addClassName("clerk-item-row");
        add(row, movedOn);
    }

    /** The agenda from the record, this item selected; the notice goes once the clerk is on the current item. */
    void show(MeetingRecord record, Long selected) {
        current = record.currentItemId();
        Map<Long, String> fresh = new LinkedHashMap<>();
        for (MeetingRecord.Item i : record.items()) {
            fresh.put(i.id(), i.heading() + (Objects.equals(i.id(), current) ? " — open now" : ""));
        }
        quiet = true;
        try {
            // Only when the agenda changed: resetting the items would close the list under the clerk's pointer.
            if (!fresh.equals(labels)) {
                labels.clear();
                labels.putAll(fresh);
                item.setItems(List.copyOf(labels.keySet()));
            }
            if (!Objects.equals(item.getValue(), selected)) {
                item.setValue(selected);
            }
        } finally {
            quiet = false;
        }
        next.setEnabled(record.status() == MeetingStatus.LIVE);
        if (current == null || current.equals(selected)) {
            movedOn.setVisible(false);
        }
    }

    /** Alt+N: the clerk acting for the chair opens the next item not yet taken (the policy allows it). */
    void nextItem() {
        try {
            var item = s.chair().nextItem(meetingId);
            if (item.isEmpty()) {
                ClerkMessages.refused("There are no more items waiting on the agenda.");
                return;
            }
            s.chair().openItem(item.get().getId());
            opened.accept(item.get().getId());
        } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException e) {
            ClerkMessages.refused(e.getMessage());
        }
    }

    /** The chair opened another item while the clerk is writing: say so, and offer to go there. */
    void chairMovedOn(MeetingRecord record, long itemId) {
        String heading = record.item(itemId).map(MeetingRecord.Item::heading).orElse("another item");
        movedOnText.setText("The chair has moved on to " + heading + ". ");
        movedOn.setVisible(true);
    }
}
