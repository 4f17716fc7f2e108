package org.minutebook.minutes;

import org.springframework.web.util.HtmlUtils;

/**
 * A paragraph's inside as HTML, as the record's Thymeleaf fragment writes it: its number, then commonmark's HTML
 * (already escaped) or a resolution's preamble, marked clauses, outcome and vote (escaped here).
 */
public final class ParagraphHtml {

    private ParagraphHtml() {
    }

    /** Number and body, the inside of a record's paragraph block. */
    public static String of(MeetingRecord.Paragraph p) {
        var out = new StringBuilder(160 + (p.html() == null ? 0 : p.html().length()));
        if (p.number() != null) {
            out.append("<span class=\"para-number\">").append(escape(p.number())).append("</span>");
        }
        return body(out, p);
    }

    /** The body alone: the text, or the resolution with its clauses. */
    public static String body(MeetingRecord.Paragraph p) {
        return body(new StringBuilder(160 + (p.html() == null ? 0 : p.html().length())), p);
    }

    private static String body(StringBuilder out, MeetingRecord.Paragraph p) {
        if (!p.resolution()) {
            return out.append("<div class=\"para-body\">").append(p.html()).append("</div>").toString();
        }
        out.append("<div class=\"para-body resolution\"><p class=\"resolution-preamble\">").append(escape(p.preamble()))
                .append("</p><ol class=\"clauses\">");
        for (MeetingRecord.Clause c : p.clauses()) {
            out.append("<li><span class=\"clause-mark\">").append(escape(c.mark())).append("</span> <span>")
                    .append(escape(c.text())).append("</span></li>");
        }
        out.append("</ol>");
        if (p.outcome() != null && p.outcome() != ResolutionOutcome.AGREED) {
            out.append("<p class=\"resolution-outcome\">").append(p.outcome() == ResolutionOutcome.DEFERRED ? "Deferred" : "Not agreed")
                    .append("</p>");
        }
        if (p.vote() != null) {
            out.append("<p class=\"vote\">").append(escape(p.vote())).append("</p>");
        }
        return out.append("</div>").toString();
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
