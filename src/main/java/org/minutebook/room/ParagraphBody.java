package org.minutebook.room;

import com.vaadin.flow.component.html.Div;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.minutes.ParagraphHtml;

/** A paragraph's text as the record has it: commonmark's HTML, or a resolution's preamble, marked clauses and vote. */
final class ParagraphBody {

    private ParagraphBody() {
    }

    /** One element whose inside is the record's HTML: built per paragraph shown, so kept to one state node. */
    static Div of(MeetingRecord.Paragraph p) {
        var body = new Div();
        body.addClassName("para-body-holder");
        body.getElement().setProperty("innerHTML", ParagraphHtml.body(p));
        return body;
    }
}
