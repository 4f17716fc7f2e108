package org.minutebook.minutes;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.minutebook.meeting.ItemStatus;
import org.minutebook.meeting.StatusBadge;
import org.minutebook.security.MeetingStatus;

/**
 * One item of the record as the viewer may see it: heading, the exempt notice or the item's content (summary,
 * recommendations, papers), then its numbered minute paragraphs and resolutions. Renders the record's numbers;
 * never works one out.
 */
public class ItemSection extends Section {

    final H2 heading;

    public ItemSection(MeetingRecord.Item item, MeetingStatus meetingStatus) {
        addClassName("record-item");
        setId("item-" + item.id());
        heading = new H2(item.heading());
        heading.addClassName("item-heading");
        add(heading);
        // Before the meeting every item is "not yet taken": say so only once it means something.
        if (item.status() != ItemStatus.PENDING || meetingStatus == MeetingStatus.LIVE) {
            var status = StatusBadge.of(item.status());
            status.addClassName("item-status");
            add(status);
        }
        if (item.exempt()) {
            add(exemptNotice(item));
        }
        if (!item.contentVisible()) {
            return;
        }
        if (item.summary() != null) {
            add(paragraph(item.summary(), "item-summary"));
        }
        if (item.reportAuthor() != null) {
            add(paragraph("Report by " + item.reportAuthor(), "muted"));
        }
        if (!item.recommendations().isEmpty()) {
            add(paragraph(item.recommendationsIntro() != null ? item.recommendationsIntro() : "Recommendations:",
                    "recommendations-intro"));
            add(clauses(item.recommendations(), "recommendations"));
        }
        if (!item.papers().isEmpty()) {
            var papers = new UnorderedList();
            papers.addClassName("papers");
            item.papers().forEach(p -> papers.add(new ListItem(p.author() == null ? p.title() : p.title() + " (" + p.author() + ")")));
            add(new H3("Papers"), papers);
        }
        item.paragraphs().forEach(p -> add(paragraph(p)));
    }

    static Paragraph exemptNotice(MeetingRecord.Item item) {
        String paragraph = item.exemptParagraph() == null ? "Schedule 12A" : "Schedule 12A, paragraph " + item.exemptParagraph();
        var notice = new Paragraph(item.contentVisible()
                ? "Exempt item — not for publication (" + paragraph + "). You can read it because you have a place on the body."
                : "Exempt item — not for publication (" + paragraph + ")");
        notice.addClassName("exempt-notice");
        return notice;
    }

    private static Div paragraph(MeetingRecord.Paragraph p) {
        var block = new Div();
        block.addClassName("para");
        block.setId(p.anchor());
        if (p.number() != null) {
            var number = new Span(p.number());
            number.addClassName("para-number");
            block.add(number);
        } else {
            block.addClassName("unnumbered");
        }
        if (p.resolution()) {
            var body = new Div(paragraph(p.preamble(), "resolution-preamble"), clauses(p.clauses(), "clauses"));
            if (p.vote() != null) {
                body.add(paragraph(p.vote(), "vote"));
            }
            body.addClassNames("para-body", "resolution");
            block.add(body);
        } else {
            // Already escaped by commonmark; Html needs exactly one root element.
            block.add(new Html("<div class=\"para-body\">" + p.html() + "</div>"));
        }
        return block;
    }

    private static OrderedList clauses(List<MeetingRecord.Clause> clauses, String className) {
        var list = new OrderedList();
        list.addClassNames("clauses", className);
        for (MeetingRecord.Clause c : clauses) {
            var mark = new Span(c.mark());
            mark.addClassName("clause-mark");
            list.add(new ListItem(mark, new Span(c.text())));
        }
        return list;
    }

    private static Paragraph paragraph(String text, String className) {
        var p = new Paragraph(text);
        p.addClassName(className);
        return p;
    }
}
