package org.minutebook.minutes;

import java.util.List;
import org.minutebook.meeting.ItemOutcome;
import org.minutebook.meeting.ItemStatus;
import org.minutebook.security.MeetingStatus;
import org.minutebook.security.MinutesAccess;

/**
 * A meeting's record as one viewer may see it: numbered, filtered by the access policy, immutable.
 * The public pages, the meeting view and (later) the exports all render this, so they cannot disagree.
 */
public record MeetingRecord(
        long meetingId,
        long bodyId,
        String bodyName,
        String when,
        String venue,
        MeetingStatus status,
        boolean agendaVisible,
        MinutesAccess minutes,
        List<String> present,
        List<String> apologies,
        List<String> inAttendance,
        List<Item> items,
        Long currentItemId) {

    /** The item the chair has open, if the viewer may see it is open. */
    public java.util.Optional<Item> currentItem() {
        return item(currentItemId);
    }

    /** One item of the record, if the viewer may see it. */
    public java.util.Optional<Item> item(Long itemId) {
        return items.stream().filter(i -> Long.valueOf(i.id()).equals(itemId)).findFirst();
    }

    /** True when the minutes must carry "Draft — subject to approval". */
    public boolean draft() {
        return minutes.isDraft();
    }

    /** One agenda item; {@code outcome} says how a DONE item ended (resolved or noted), else null. */
    public record Item(
            long id,
            String number,
            String title,
            ItemStatus status,
            ItemOutcome outcome,
            boolean exempt,
            Integer exemptParagraph,
            boolean contentVisible,
            String summary,
            String reportAuthor,
            String recommendationsIntro,
            List<Clause> recommendations,
            List<PaperRef> papers,
            List<Paragraph> paragraphs) {

        /** "14. Title", or the title alone where the body numbers no items. */
        public String heading() {
            return number == null ? title : number + ". " + title;
        }

        /**
         * How many paragraphs at the start are the same (text, number and place) here and in {@code other}: after a
         * save usually all but the new one, so a view or a stream need send only those after them.
         */
        public int sameParagraphsAtStart(Item other) {
            int same = 0;
            while (same < paragraphs.size() && same < other.paragraphs.size()
                    && paragraphs.get(same).equals(other.paragraphs.get(same))) {
                same++;
            }
            return same;
        }

        /** Whether this and {@code other} differ at most in their minute paragraphs. */
        public boolean sameApartFromParagraphs(Item other) {
            return other != null && id == other.id && java.util.Objects.equals(number, other.number)
                    && java.util.Objects.equals(title, other.title) && status == other.status
                    && outcome == other.outcome && exempt == other.exempt
                    && java.util.Objects.equals(exemptParagraph, other.exemptParagraph)
                    && contentVisible == other.contentVisible && java.util.Objects.equals(summary, other.summary)
                    && java.util.Objects.equals(reportAuthor, other.reportAuthor)
                    && java.util.Objects.equals(recommendationsIntro, other.recommendationsIntro)
                    && java.util.Objects.equals(recommendations, other.recommendations)
                    && java.util.Objects.equals(papers, other.papers);
        }
    }

    public record Paragraph(
            long id,
            String number,
            boolean resolution,
            String html,
            String preamble,
            List<Clause> clauses,
            ResolutionOutcome outcome,
            String vote) {

        /**
         * Anchor for links to one paragraph ("see minute 14.3" is {@code #para-14-3}): from its number, which is
         * frozen once the minutes are approved; by id for an unnumbered paragraph.
         */
        public String anchor() {
            return number == null ? "para-p" + id : anchorOf(number);
        }

        /** The anchor of the paragraph numbered {@code number}, e.g. "14.3" gives "para-14-3". */
        public static String anchorOf(String number) {
            return "para-" + NOT_ANCHOR.matcher(number).replaceAll("-");
        }
    }

    private static final java.util.regex.Pattern NOT_ANCHOR = java.util.regex.Pattern.compile("[^A-Za-z0-9]+");

    public record Clause(String mark, String text) {
    }

    /** A paper; {@code file} describes its download ("PDF, 240 KB"), null when it has no file to download. */
    public record PaperRef(long id, String title, String author, String file) {
    }
}
