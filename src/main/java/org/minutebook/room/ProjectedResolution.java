package org.minutebook.room;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.minutebook.minutes.MeetingRecord;

/** One resolution on the projector: its number, preamble, lettered clauses, outcome and vote, as recorded. */
class ProjectedResolution extends Div {

    ProjectedResolution(MeetingRecord.Paragraph p) {
        addClassName("projector-resolution");
        var preamble = new Paragraph();
        if (p.number() != null) {
            var number = new Span(p.number());
            number.addClassName("para-number");
            preamble.add(number);
        }
        preamble.add(new Span(p.preamble()));
        preamble.addClassName("resolution-preamble");
        var clauses = new OrderedList();
        clauses.addClassName("clauses");
        for (MeetingRecord.Clause c : p.clauses()) {
            var mark = new Span(c.mark());
            mark.addClassName("clause-mark");
            clauses.add(new ListItem(mark, new Span(c.text())));
        }
        add(preamble, clauses);
        if (p.outcome() != null) {
            add(outcome(switch (p.outcome()) {
                case AGREED -> "Agreed.";
                case NOT_AGREED -> "Not agreed.";
                case DEFERRED -> "Deferred.";
            }));
        }
        if (p.vote() != null) {
            add(outcome(p.vote()));
        }
    }

    private static Paragraph outcome(String text) {
        var line = new Paragraph(text);
        line.addClassName("projector-outcome");
        return line;
    }
}
