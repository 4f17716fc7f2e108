package org.minutebook.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.minutebook.minutes.MeetingRecord;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The minutes as a Word document for clerks who must send one, built from the structured record (not from the
 * page): real heading styles, minute paragraphs in a "Minute" style whose number (from the record, hence from the
 * numbering engine) hangs before the text, and bullet lists as Word lists. Numbers are typed, not Word's automatic
 * numbering, so "14.3" in the document is always the record's 14.3 however Word renumbers.
 */
@Component
class MinutesDocument {

    static final String MINUTE_STYLE = "Minute";
    static final String CLAUSE_STYLE = "Clause";
    private static final int HANG = 720;   // twips: half an inch for "14.1"
    private static final int CLAUSE = 360;

    byte[] minutes(MeetingRecord record, String when, String bodyKind) {
        try (XWPFDocument doc = new XWPFDocument()) {
            styles(doc);
            BigInteger bullets = bulletList(doc);
            para(doc, "Title", record.draft() ? "Draft minutes" : "Minutes");
            para(doc, "Heading1", record.bodyName());
            para(doc, null, record.venue() == null ? when : when + ", " + record.venue());
            if (record.draft()) {
                XWPFRun r = doc.createParagraph().createRun();
                r.setBold(true);
                r.setText("Draft — subject to approval");
            }
            attendance(doc, "Present", record.present());
            attendance(doc, "Apologies", record.apologies());
            attendance(doc, "In attendance", record.inAttendance());
            for (MeetingRecord.Item item : record.items()) {
                item(doc, item, bodyKind, bullets);
            }
            var out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the minutes document", e);
        }
    }

    private void item(XWPFDocument doc, MeetingRecord.Item item, String bodyKind, BigInteger bullets) {
        para(doc, "Heading2", item.heading());
        switch (item.status()) {
            case DEFERRED -> para(doc, null, "This item was deferred.");
            case WITHDRAWN -> para(doc, null, "This item was withdrawn.");
            default -> { }
        }
        if (item.exempt() && !item.contentVisible()) {
            // The same words as the page; the record holds nothing more for the public.
            para(doc, null, "Exempt information — the public are excluded from this item (Local Government Act 1972, Schedule 12A"
                    + (item.exemptParagraph() != null ? ", paragraph " + item.exemptParagraph() : "") + ")");
        }
        if (!item.contentVisible()) {
            return;
        }
        if (item.summary() != null) {
            para(doc, null, item.summary());
        }
        if (item.reportAuthor() != null) {
            para(doc, null, "Report by " + item.reportAuthor());
        }
        if (!item.recommendations().isEmpty()) {
            para(doc, null, item.recommendationsIntro() != null ? item.recommendationsIntro()
                    : bodyKind != null ? "The " + bodyKind + " is asked to:" : "Recommendations:");
            item.recommendations().forEach(c -> clause(doc, c));
        }
        if (!item.papers().isEmpty()) {
            para(doc, "Heading3", "Supporting documents");
            item.papers().forEach(p -> bullet(doc, bullets, 0).createRun()
                    .setText(p.author() == null ? p.title() : p.title() + ", " + p.author()));
        }
        if (!item.paragraphs().isEmpty()) {
            para(doc, "Heading3", "Minutes");
            item.paragraphs().forEach(p -> minute(doc, p, bullets));
        }
    }

    private void minute(XWPFDocument doc, MeetingRecord.Paragraph p, BigInteger bullets) {
        XWPFParagraph first = numbered(doc, p.number());
        if (p.resolution()) {
            XWPFRun preamble = first.createRun();
            preamble.setBold(true);
            preamble.setText(p.preamble() == null ? "" : p.preamble());
            if (p.html() != null && !p.html().isBlank()) {
                blocks(doc, p.html(), null, bullets);
            }
            p.clauses().forEach(c -> clause(doc, c));
            if (p.vote() != null) {
                continuation(doc).createRun().setText(p.vote());
            }
            if (p.outcome() != null) {
                switch (p.outcome()) {
                    case NOT_AGREED -> continuation(doc).createRun().setText("Not agreed.");
                    case DEFERRED -> continuation(doc).createRun().setText("Deferred.");
                    default -> { }
                }
            }
        } else {
            blocks(doc, p.html(), first, bullets);
        }
    }

    /**
     * Walks the paragraph's HTML (commonmark's output: p, ul/ol, li, em, strong, br; already escaped, so it parses as
     * XML). The first block goes into {@code first}, the paragraph that carries the number.
     */
    private void blocks(XWPFDocument doc, String html, XWPFParagraph first, BigInteger bullets) {
        Element root = parse(html);
        XWPFParagraph pending = first;
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            switch (e.getTagName()) {
                case "ul", "ol" -> list(doc, e, 0, bullets);
                default -> inline(pending != null ? pending : continuation(doc), e);
            }
            pending = null;
        }
    }

    private void list(XWPFDocument doc, Element list, int level, BigInteger bullets) {
        for (Node li = list.getFirstChild(); li != null; li = li.getNextSibling()) {
            if (!(li instanceof Element item) || !item.getTagName().equals("li")) {
                continue;
            }
            XWPFParagraph para = bullet(doc, bullets, level);
            for (Node c = item.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element e && (e.getTagName().equals("ul") || e.getTagName().equals("ol"))) {
                    list(doc, e, level + 1, bullets);
                } else if (c instanceof Element e && e.getTagName().equals("p")) {
                    inline(para, e);
                } else {
                    inline(para, c);
                }
            }
        }
    }

    private static void inline(XWPFParagraph para, Node node) {
        inline(para, node, false, false);
    }

    private static void inline(XWPFParagraph para, Node node, boolean bold, boolean italic) {
        if (node.getNodeType() == Node.TEXT_NODE) {
            String text = node.getTextContent().replaceAll("\\s+", " ");
            if (para.getRuns().isEmpty() || para.getText().endsWith("\t")) {
                text = text.stripLeading();
            }
            if (!text.isEmpty()) {
                XWPFRun run = para.createRun();
                run.setBold(bold);
                run.setItalic(italic);
                run.setText(text);
            }
            return;
        }
        if (node instanceof Element e) {
            if (e.getTagName().equals("br")) {
                para.createRun().addBreak();
                return;
            }
            boolean b = bold || e.getTagName().equals("strong");
            boolean i = italic || e.getTagName().equals("em");
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                inline(para, c, b, i);
            }
        }
    }

    private static Element parse(String html) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder()
                    .parse(new InputSource(new StringReader("<div>" + (html == null ? "" : html) + "</div>")))
                    .getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("Minute text is not the HTML MinuteText renders", e);
        }
    }

    private static XWPFParagraph numbered(XWPFDocument doc, String number) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(MINUTE_STYLE);
        if (number != null) {
            XWPFRun n = p.createRun();
            n.setBold(true);
            n.setText(number);
            n.addTab();
        }
        return p;
    }

    // A further paragraph of the same minute: aligned with the text, no number.
    private static XWPFParagraph continuation(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(MINUTE_STYLE);
        p.setIndentationHanging(0);
        p.setIndentationLeft(HANG);
        return p;
    }

    private static void clause(XWPFDocument doc, MeetingRecord.Clause c) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(CLAUSE_STYLE);
        XWPFRun run = p.createRun();
        run.setText(c.mark());
        run.addTab();
        run.setText(c.text());
    }

    private static XWPFParagraph bullet(XWPFDocument doc, BigInteger numId, int level) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("ListParagraph");
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        return p;
    }

    private static void para(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(text);
    }

    private static void attendance(XWPFDocument doc, String heading, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        para(doc, "Heading3", heading);
        para(doc, null, String.join(", ", names));
    }

    // ---------------------------------------------------------------- styles and the bullet list

    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        styles.addStyle(style("Title", "Title", null, 28, true));
        styles.addStyle(style("Heading1", "heading 1", 0, 32, true));
        styles.addStyle(style("Heading2", "heading 2", 1, 26, true));
        styles.addStyle(style("Heading3", "heading 3", 2, 22, true));
        CTStyle minute = styleCt(MINUTE_STYLE, "Minute paragraph", null, 22, false);
        minute.getPPr().addNewInd().setLeft(BigInteger.valueOf(HANG));
        minute.getPPr().getInd().setHanging(BigInteger.valueOf(HANG));
        minute.getPPr().addNewSpacing().setAfter(BigInteger.valueOf(120));
        styles.addStyle(new XWPFStyle(minute));
        CTStyle clause = styleCt(CLAUSE_STYLE, "Resolution clause", null, 22, false);
        clause.getPPr().addNewInd().setLeft(BigInteger.valueOf(HANG + CLAUSE));
        clause.getPPr().getInd().setHanging(BigInteger.valueOf(CLAUSE));
        styles.addStyle(new XWPFStyle(clause));
        styles.addStyle(style("ListParagraph", "List Paragraph", null, 22, false));
    }

    private static XWPFStyle style(String id, String name, Integer outline, int halfPoints, boolean bold) {
        return new XWPFStyle(styleCt(id, name, outline, halfPoints, bold));
    }

    private static CTStyle styleCt(String id, String name, Integer outline, int halfPoints, boolean bold) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        s.addNewQFormat();
        CTPPrGeneral ppr = s.addNewPPr();
        if (outline != null) {
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            ppr.addNewKeepNext();
            ppr.addNewSpacing().setBefore(BigInteger.valueOf(240));
        }
        CTRPr rpr = s.addNewRPr();
        if (bold) {
            rpr.addNewB();
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        return s;
    }

    private static BigInteger bulletList(XWPFDocument doc) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ONE);
        String[] marks = {"•", "–", "◦"};
        for (int level = 0; level < marks.length; level++) {
            CTLvl lvl = abstractNum.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
            lvl.addNewLvlText().setVal(marks[level]);
            var ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf(HANG + 360L * (level + 1)));
            ind.setHanging(BigInteger.valueOf(360));
        }
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
        return numbering.addNum(abstractId);
    }
}
