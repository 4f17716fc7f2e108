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
import com.vaadin.flow.dom.Element;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private MeetingRecord.Item shown;
    private final MeetingStatus shownStatus;
    /** Children before the minute paragraphs: heading, status, notice, content. */
    private final int headCount;
    /** The paragraphs on screen, by id, with the value each was drawn from. */
    private final Map<Long, Drawn> drawn = new HashMap<>();

    private record Drawn(MeetingRecord.Paragraph value, Div block) {
    }

    public ItemSection(MeetingRecord.Item item, MeetingStatus meetingStatus) {
        this.shown = item;
        this.shownStatus = meetingStatus;
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
            headCount = getElement().getChildCount();
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
        headCount = getElement().getChildCount();
        for (MeetingRecord.Paragraph p : item.paragraphs()) {
            Div block = paragraph(p);
            drawn.put(p.id(), new Drawn(p, block));
            add(block);
        }
    }

    /**
     * Shows a newer state of the same item in place when only its minute paragraphs changed: a paragraph that is
     * unchanged keeps its component, so a push carries the new or changed paragraph only, not the whole item again.
     * Returns false, changing nothing, when anything else changed; the caller then draws the item afresh.
     */
    public boolean update(MeetingRecord.Item next, MeetingStatus meetingStatus) {
        if (meetingStatus != shownStatus || next.id() != shown.id() || !withoutParagraphs(next).equals(withoutParagraphs(shown))) {
            return false;
        }
        Set<Long> wanted = new HashSet<>();
        next.paragraphs().forEach(p -> wanted.add(p.id()));
        drawn.entrySet().removeIf(e -> {
            if (wanted.contains(e.getKey())) {
                return false;
            }
            e.getValue().block().getElement().removeFromParent();
            return true;
        });
        Element self = getElement();
        for (int i = 0; i < next.paragraphs().size(); i++) {
            MeetingRecord.Paragraph p = next.paragraphs().get(i);
            Drawn old = drawn.get(p.id());
            if (old == null || !old.value().equals(p)) {
                if (old != null) {
                    old.block().getElement().removeFromParent();
                }
                old = new Drawn(p, paragraph(p));
                drawn.put(p.id(), old);
            }
            Element child = old.block().getElement();
            int at = headCount + i;
            if (self.getChildCount() > at && self.getChild(at).equals(child)) {
                continue;
            }
            child.removeFromParent();
            self.insertChild(at, child);
        }
        shown = next;
        return true;
    }

    private static MeetingRecord.Item withoutParagraphs(MeetingRecord.Item i) {
        return new MeetingRecord.Item(i.id(), i.number(), i.title(), i.status(), i.outcome(), i.exempt(), i.exemptParagraph(),
                i.contentVisible(), i.summary(), i.reportAuthor(), i.recommendationsIntro(), i.recommendations(), i.papers(),
                List.of());
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
