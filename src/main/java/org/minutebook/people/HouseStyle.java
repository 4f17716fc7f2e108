package org.minutebook.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How a body writes its record: the numbering engine reads it to number items, paragraphs and clauses.
 *
 * @param itemNumbering       restart each meeting, run on through the year, or none
 * @param itemNumberFormat    how an item number reads; {@code {n}} is the number, {@code {yy}} the two-digit
 *                            year the municipal year starts in ("{n}" → 14, "{n}/{yy}" → 1/25)
 * @param paragraphNumbers    whether paragraphs carry sub-numbers (14.1) or stand unnumbered
 * @param resolutionWording   the words that open a resolution ("Resolved that the Board:", "RESOLVED –", "AGREED")
 * @param clauseMarks         how resolution clauses are marked
 */
@Embeddable
public record HouseStyle(
        @Enumerated(EnumType.STRING) @Column(name = "item_numbering", nullable = false) ItemNumbering itemNumbering,
        @Column(name = "item_number_format", nullable = false) String itemNumberFormat,
        @Column(name = "paragraph_numbers", nullable = false) boolean paragraphNumbers,
        @Column(name = "resolution_wording", nullable = false) String resolutionWording,
        @Enumerated(EnumType.STRING) @Column(name = "clause_marks", nullable = false) ClauseMarkStyle clauseMarks) {

    /** The common style of a board: items restart at 1, "14.1" paragraphs, "Resolved that the Board: a) …". */
    public static HouseStyle board() {
        return new HouseStyle(ItemNumbering.PER_MEETING, "{n}", true, "Resolved that the Board:", ClauseMarkStyle.LETTER_PAREN);
    }
}
