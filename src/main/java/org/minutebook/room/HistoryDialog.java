package org.minutebook.room;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import java.util.List;
import org.minutebook.minutes.ParagraphHistory;
import org.minutebook.shared.UkTime;

/** Every saved change to one paragraph, oldest first: who, when, what kind of change, the text before and after. */
class HistoryDialog extends Dialog {

    final OrderedList entries = new OrderedList();

    HistoryDialog(ClerkServices s, String what, List<ParagraphHistory> history) {
        setHeaderTitle("History of " + what);
        addClassName("clerk-history");
        setWidth("min(56rem, 95vw)");
        entries.addClassName("history-entries");
        for (ParagraphHistory h : history) {
            var line = new Paragraph(describe(h.getChange(), h) + " by " + ClerkMessages.who(s, h.getChangedBy()) + ", "
                    + UkTime.dateTime(h.getChangedAt(), "time not recorded"));
            line.addClassName("history-line");
            var entry = new ListItem(line);
            if (!"moved".equals(h.getChange())) {
                var texts = new Div(text("Before", h.getBeforeText()), text("After", h.getAfterText()));
                texts.addClassName("side-by-side");
                entry.add(texts);
            }
            entries.add(entry);
        }
        if (history.isEmpty()) {
            add(new Paragraph("No changes recorded."));
        }
        add(entries);
        var close = new Button("Close", e -> close());
        getFooter().add(close);
    }

    private static String describe(String change, ParagraphHistory h) {
        return switch (change) {
            case "added" -> "Added";
            case "edited" -> "Edited";
            case "deleted" -> "Deleted";
            case "vote" -> "Vote recorded";
            // Positions are kept from 0; people count places from 1.
            case "moved" -> "Moved from place " + place(h.getBeforeText()) + " to place " + place(h.getAfterText());
            default -> change;
        };
    }

    private static String place(String position) {
        try {
            return Integer.toString(Integer.parseInt(position) + 1);
        } catch (NumberFormatException e) {
            return String.valueOf(position);
        }
    }

    private static Div text(String label, String text) {
        var heading = new H3(label);
        var body = new Pre(text == null ? "—" : text);
        body.addClassName("history-text");
        return new Div(heading, body);
    }
}
