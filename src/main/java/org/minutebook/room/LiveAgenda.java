package org.minutebook.room;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.minutebook.meeting.ItemOutcome;
import org.minutebook.meeting.ItemStatus;
import org.minutebook.minutes.MeetingRecord;

/** The agenda at a glance: each item's number, title and status, the one under discussion marked "Now". */
class LiveAgenda extends Section {

    /** What one row shows; a row is rebuilt only when this changes. */
    record Row(long id, String number, String title, ItemStatus status, ItemOutcome outcome, boolean exempt,
               boolean current) {
    }

    final OrderedList list = new OrderedList();
    private final KeyedChildren<Row> rows = new KeyedChildren<>(list, Row::id, LiveAgenda::render);

    LiveAgenda() {
        addClassNames("live-panel", "live-agenda");
        var heading = new H2("Agenda");
        heading.setId("live-agenda-heading");
        getElement().setAttribute("aria-labelledby", "live-agenda-heading");
        list.addClassName("live-agenda-list");
        add(heading, list);
    }

    void show(MeetingRecord record) {
        rows.show(record.items().stream()
                .map(i -> new Row(i.id(), i.number(), i.title(), i.status(), i.outcome(), i.exempt(),
                        Long.valueOf(i.id()).equals(record.currentItemId())))
                .toList());
    }

    private static ListItem render(Row row) {
        var li = new ListItem();
        li.addClassName("live-agenda-item");
        var number = new Span(row.number() == null ? "" : row.number());
        number.addClassName("item-number");
        var title = new Span(row.title());
        title.addClassName("item-title");
        var marks = new Span();
        marks.addClassName("item-marks");
        if (row.current()) {
            var now = new Span("Now");
            now.addClassName("now-label");
            marks.add(now);
            li.addClassName("current");
            li.getElement().setAttribute("aria-current", "true");
        }
        marks.add(ItemLabels.badge(row.status(), row.outcome()));
        if (row.exempt()) {
            var exempt = new Span("Exempt");
            exempt.addClassNames("badge", "exempt");
            marks.add(exempt);
        }
        li.add(number, new Span(title, marks));
        return li;
    }
}
