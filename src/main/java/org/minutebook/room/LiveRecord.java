package org.minutebook.room;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.minutebook.minutes.ItemSection;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.security.MeetingStatus;

/**
 * The record as the clerk writes it: one {@link ItemSection} per item, replaced only when that item's record
 * changed. The item under discussion is marked by a class and {@code aria-current}, set in place.
 */
class LiveRecord extends Div {

    final Paragraph draftBanner = new Paragraph("Draft — subject to approval");
    final Div items = new Div();
    final Paragraph empty = new Paragraph("There is nothing on the agenda you can see yet.");
    private final KeyedChildren<Shown> sections =
            new KeyedChildren<>(items, s -> s.item().id(), LiveRecord::section, LiveRecord::update);
    private Long markedCurrent;

    /**
     * An item as its section renders it (a section also depends on whether the meeting is live yet), with the
     * actions raised from it that this viewer may see.
     */
    private record Shown(MeetingRecord.Item item, MeetingStatus meeting, List<RaisedActions.Raised> actions) {
    }

    private static ItemSection section(Shown s) {
        var section = new ItemSection(s.item(), s.meeting());
        if (!s.actions().isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("item-actions");
            list.getElement().setAttribute("aria-label", "Actions from this item");
            s.actions().forEach(a -> list.add(new ListItem(a.line())));
            section.add(list);
        }
        return section;
    }

    /** A saved paragraph changes only its paragraph in the browser; anything else about the item rebuilds it. */
    private static boolean update(com.vaadin.flow.component.Component section, Shown was, Shown now) {
        return was.meeting() == now.meeting() && was.actions().equals(now.actions())
                && ((ItemSection) section).update(now.item(), now.meeting());
    }

    LiveRecord() {
        addClassNames("record", "live-record");
        draftBanner.addClassName("draft-banner");
        draftBanner.getElement().setAttribute("role", "note");
        add(draftBanner, empty, items);
    }

    /**
     * Shows the record and, under each item, its actions: those of exempt items only to insiders, and never of an
     * item whose content the record withholds from this viewer.
     */
    void show(MeetingRecord record, RaisedActions actions, boolean insider) {
        // As on the meeting page: nothing to mark before a word of the minutes exists.
        boolean minutesBegun = record.status() == MeetingStatus.LIVE || record.status() == MeetingStatus.CLOSED
                || record.items().stream().anyMatch(i -> !i.paragraphs().isEmpty());
        draftBanner.setVisible(record.draft() && minutesBegun);
        empty.setVisible(record.items().isEmpty());
        sections.show(record.items().stream().map(i -> new Shown(i, record.status(),
                i.contentVisible() && (insider || !i.exempt()) ? actions.of(i.id()) : List.of())).toList());
        if (markedCurrent != null && !markedCurrent.equals(record.currentItemId())) {
            // The old current item may have been rebuilt or removed meanwhile: whatever is there now is unmarked.
            sections.componentOf(markedCurrent).ifPresent(c -> mark(c.getElement(), false));
        }
        markedCurrent = record.currentItemId();
        if (markedCurrent != null) {
            sections.componentOf(markedCurrent).ifPresent(c -> mark(c.getElement(), true));
        }
    }

    /** The section showing an item now (for tests: it stays the same instance while the item is unchanged). */
    ItemSection section(long itemId) {
        return (ItemSection) sections.componentOf(itemId).orElse(null);
    }

    private static void mark(Element section, boolean current) {
        section.getClassList().set("current-item", current);
        if (current && !"true".equals(section.getAttribute("aria-current"))) {
            section.setAttribute("aria-current", "true");
        } else if (!current) {
            section.removeAttribute("aria-current");
        }
    }
}
