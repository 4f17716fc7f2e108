package org.minutebook.room;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import org.minutebook.minutes.MeetingRecord;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * An item's paragraphs and resolutions as the record numbers them, each with Edit, Move up/down, Delete and
 * History. Numbers are the record's: after a move or a delete the record comes back renumbered.
 */
class ParagraphList extends Div {

    interface Handler {
        void edit(MeetingRecord.Paragraph p);

        void changed();
    }

    private final ClerkServices s;
    private final Handler handler;
    private final List<Row> rows = new ArrayList<>();
    private List<MeetingRecord.Paragraph> shown = List.of();

    ParagraphList(ClerkServices s, Handler handler) {
        this.s = s;
        this.handler = handler;
        addClassName("clerk-paragraphs");
    }

    List<MeetingRecord.Paragraph> shown() {
        return shown;
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    /**
     * Shows the item's paragraphs, keeping the row of every paragraph that is unchanged (same text, number and place
     * at the ends): a save then sends the browser one new row, not every row of the item with its buttons again.
     */
    void show(List<MeetingRecord.Paragraph> paragraphs) {
        shown = List.copyOf(paragraphs);
        var reusable = new java.util.HashMap<Row.Key, Row>();
        rows.forEach(r -> reusable.put(r.key, r));
        var next = new ArrayList<Row>();
        for (int i = 0; i < paragraphs.size(); i++) {
            var key = new Row.Key(paragraphs.get(i), i == 0, i == paragraphs.size() - 1);
            Row kept = reusable.remove(key);
            next.add(kept != null ? kept : new Row(key));
        }
        reusable.values().forEach(Row::removeFromParent);
        var element = getElement();
        for (int i = 0; i < next.size(); i++) {
            var child = next.get(i).getElement();
            if (element.getChildCount() > i && element.getChild(i).equals(child)) {
                continue;
            }
            child.removeFromParent();
            element.insertChild(i, child);
        }
        rows.clear();
        rows.addAll(next);
    }

    private void move(MeetingRecord.Paragraph p, int delta) {
        try {
            s.minutes().moveParagraph(p.id(), delta);
        } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException e) {
            ClerkMessages.refused(e.getMessage());
        }
        handler.changed();
    }

    private void confirmDelete(MeetingRecord.Paragraph p) {
        // The version read now is the one the clerk sees on screen; a change before "Delete" is a conflict.
        long version = s.minutes().paragraph(p.id()).getVersion();
        var confirm = new ConfirmDialog("Delete " + label(p) + "?",
                "It leaves the minutes for everyone and the numbers after it close up. Its history is kept, "
                        + "and any action that cites it still does.",
                "Delete", e -> delete(p, version));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep it");
        confirm.open();
    }

    private void delete(MeetingRecord.Paragraph p, long version) {
        try {
            s.minutes().deleteParagraph(p.id(), version);
            ClerkMessages.done(label(p) + " deleted.");
        } catch (OptimisticLockingFailureException e) {
            ClerkMessages.refused("Someone changed " + label(p) + " meanwhile; nothing was deleted. Look at it again.");
        } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException e) {
            ClerkMessages.refused(e.getMessage());
        }
        handler.changed();
    }

    private void history(MeetingRecord.Paragraph p) {
        try {
            new HistoryDialog(s, label(p), s.minutes().history(p.id())).open();
        } catch (AccessDeniedException e) {
            ClerkMessages.refused(e.getMessage());
        }
    }

    static String label(MeetingRecord.Paragraph p) {
        return p.number() == null ? (p.resolution() ? "this resolution" : "this paragraph") : "minute " + p.number();
    }

    /** One paragraph: its number, its text as the record renders it, and the clerk's buttons. */
    final class Row extends Div {
        /** What a row is drawn from: the same key draws the same row. */
        record Key(MeetingRecord.Paragraph paragraph, boolean first, boolean last) {
        }

        final Key key;
        final MeetingRecord.Paragraph paragraph;
        final Span number = new Span();
        final Button edit;
        final Button up;
        final Button down;
        final Button delete;
        final Button history;

        Row(Key key) {
            this.key = key;
            MeetingRecord.Paragraph p = key.paragraph();
            boolean first = key.first();
            boolean last = key.last();
            this.paragraph = p;
            addClassName("clerk-para");
            setId("clerk-para-" + p.id());
            number.setText(p.number() == null ? "" : p.number());
            number.addClassName("para-number");
            String what = label(p);
            edit = button("Edit", "Edit " + what, e -> handler.edit(p));
            up = icon(VaadinIcon.ARROW_UP, "Move " + what + " up", e -> move(p, -1));
            down = icon(VaadinIcon.ARROW_DOWN, "Move " + what + " down", e -> move(p, 1));
            delete = button("Delete", "Delete " + what, e -> confirmDelete(p));
            history = button("History", "History of " + what, e -> history(p));
            up.setEnabled(!first);
            down.setEnabled(!last);
            var tools = new Div(edit, up, down, history, delete);
            tools.addClassName("para-tools");
            add(number, ParagraphBody.of(p), tools);
        }

        private Button button(String text, String ariaLabel, ComponentEventListener<ClickEvent<Button>> click) {
            var b = new Button(text, click);
            b.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            b.setAriaLabel(ariaLabel);
            return b;
        }

        private Button icon(VaadinIcon icon, String ariaLabel, ComponentEventListener<ClickEvent<Button>> click) {
            var b = new Button(icon.create(), click);
            b.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.LUMO_ICON);
            b.setAriaLabel(ariaLabel);
            b.setTooltipText(ariaLabel);
            return b;
        }
    }
}
