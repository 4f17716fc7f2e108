package org.minutebook.room;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.minutes.ResolutionOutcome;

/** A paragraph's text as the record has it: commonmark's HTML, or a resolution's preamble, marked clauses and vote. */
final class ParagraphBody {

    private ParagraphBody() {
    }

    static Div of(MeetingRecord.Paragraph p) {
        if (!p.resolution()) {
            // Already escaped by commonmark; Html needs exactly one root element.
            return new Div(new Html("<div class=\"para-body\">" + p.html() + "</div>"));
        }
        var clauses = new OrderedList();
        clauses.addClassName("clauses");
        for (MeetingRecord.Clause c : p.clauses()) {
            var mark = new Span(c.mark());
            mark.addClassName("clause-mark");
            clauses.add(new ListItem(mark, new Span(c.text())));
        }
        var preamble = new Paragraph(p.preamble());
        preamble.addClassName("resolution-preamble");
        var body = new Div(preamble, clauses);
        body.addClassNames("para-body", "resolution");
        if (p.outcome() != null && p.outcome() != ResolutionOutcome.AGREED) {
            body.add(new Paragraph(p.outcome() == ResolutionOutcome.DEFERRED ? "Deferred" : "Not agreed"));
        }
        if (p.vote() != null) {
            var vote = new Paragraph(p.vote());
            vote.addClassName("vote");
            body.add(vote);
        }
        return body;
    }
}
