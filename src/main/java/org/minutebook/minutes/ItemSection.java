package org.minutebook.minutes;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
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
    private final MeetingStatus meetingStatus;
    private MeetingRecord.Item shown;
    /** The paragraph blocks, in order, each with the paragraph it shows; they follow the item's own content. */
    private final List<Block> blocks = new java.util.ArrayList<>();
    private int headCount;

    private record Block(MeetingRecord.Paragraph paragraph, Element element) {
    }

    public ItemSection(MeetingRecord.Item item, MeetingStatus meetingStatus) {
        this.meetingStatus = meetingStatus;
        this.shown = item;
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
        item.paragraphs().forEach(p -> {
            var block = paragraph(p);
            blocks.add(new Block(p, block));
            getElement().appendChild(block);
        });
    }

    /**
     * Shows {@code item} in place when only its paragraphs changed: paragraphs whose data are the same keep their
     * components, so a saved paragraph sends the browser that paragraph rather than the whole item again.
     *
     * @return false if anything else about the item changed (then build a new section)
     */
    public boolean update(MeetingRecord.Item item, MeetingStatus status) {
        if (status != meetingStatus || !item.contentVisible() || !item.sameApartFromParagraphs(shown)) {
            return false;
        }
        // Every viewer does this for every saved paragraph, so the usual case (the same paragraphs, one more at the
        // end) must not cost a look at each of an item's hundreds of paragraphs: the unchanged start is kept as it is.
        List<MeetingRecord.Paragraph> paragraphs = item.paragraphs();
        int same = item.sameParagraphsAtStart(shown);
        // Only the blocks after the unchanged start are looked at, reused or replaced; the start is not even copied.
        List<Block> old = blocks.subList(same, blocks.size());
        java.util.Map<MeetingRecord.Paragraph, java.util.Deque<Element>> reusable = new java.util.HashMap<>();
        old.forEach(b -> reusable.computeIfAbsent(b.paragraph(), k -> new java.util.ArrayDeque<>()).add(b.element()));
        List<Block> tail = new java.util.ArrayList<>(paragraphs.size() - same);
        for (MeetingRecord.Paragraph p : paragraphs.subList(same, paragraphs.size())) {
            var kept = reusable.get(p);
            Element block = kept != null && !kept.isEmpty() ? kept.poll() : paragraph(p);
            tail.add(new Block(p, block));
        }
        reusable.values().forEach(left -> left.forEach(Element::removeFromParent));
        old.clear();
        blocks.addAll(tail);
        var element = getElement();
        for (int i = same; i < blocks.size(); i++) {
            var child = blocks.get(i).element();
            int at = headCount + i;
            if (element.getChildCount() > at && element.getChild(at).equals(child)) {
                continue;
            }
            child.removeFromParent();
            element.insertChild(at, child);
        }
        shown = item;
        return true;
    }

    static Paragraph exemptNotice(MeetingRecord.Item item) {
        String paragraph = item.exemptParagraph() == null ? "Schedule 12A" : "Schedule 12A, paragraph " + item.exemptParagraph();
        var notice = new Paragraph(item.contentVisible()
                ? "Exempt item — not for publication (" + paragraph + "). You can read it because you have a place on the body."
                : "Exempt item — not for publication (" + paragraph + ")");
        notice.addClassName("exempt-notice");
        return notice;
    }

    /**
     * One paragraph as a single element whose content is set as HTML: every viewer of a live meeting builds it for
     * each saved paragraph, so it costs one state node and one short message rather than a tree of components
     * parsed from HTML (measured: jsoup parsing in {@code Html} was a third of each viewer's update). A bare
     * element, not a component: attaching a component looks up its class's dependencies and handlers, per viewer.
     */
    private static Element paragraph(MeetingRecord.Paragraph p) {
        var block = new Element("div");
        // Class by class: setting the whole attribute splits it with a regular expression compiled on every call.
        block.getClassList().add("para");
        if (p.number() == null) {
            block.getClassList().add("unnumbered");
        }
        Rendered rendered = Rendered.of(p);
        block.setAttribute("id", rendered.anchor());
        block.setProperty("innerHTML", rendered.html());
        return block;
    }

    /**
     * A paragraph's anchor and inner HTML, made once for all the views that show the same (shared, unchanged)
     * paragraph: each of hundreds of viewers then holds the same strings rather than its own copies, which also
     * shortens the collector's pauses (every view's tree lives as long as the meeting).
     */
    private record Rendered(MeetingRecord.Paragraph paragraph, String anchor, String html) {

        private static final int KEPT = 20_000;
        private static final java.util.Map<Long, Rendered> BY_ID = new java.util.concurrent.ConcurrentHashMap<>();

        static Rendered of(MeetingRecord.Paragraph p) {
            Rendered known = BY_ID.get(p.id());
            if (known != null && known.paragraph() == p) {
                return known;
            }
            var made = new Rendered(p, p.anchor(), ParagraphHtml.of(p));
            if (BY_ID.size() >= KEPT) {
                // Older meetings' paragraphs: dropping them all costs one rendering each the next time they show.
                BY_ID.clear();
            }
            BY_ID.put(p.id(), made);
            return made;
        }
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
