package org.minutebook.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    /**
     * What is wrong with an item number format, if anything: it needs {@code {n}} and may use {@code {yy}};
     * any other placeholder is a typo. (The numbering engine checks the same when it numbers.)
     */
    public static Optional<String> itemNumberFormatProblem(String format) {
        if (format == null || format.isBlank()) {
            return Optional.of("Enter a format with {n} in it, e.g. {n} or {n}/{yy}");
        }
        boolean hasN = false;
        Matcher m = PLACEHOLDER.matcher(format);
        while (m.find()) {
            switch (m.group(1)) {
                case "n" -> hasN = true;
                case "yy" -> { }
                default -> {
                    return Optional.of("Only {n} and {yy} may appear in braces, not " + m.group());
                }
            }
        }
        return hasN ? Optional.empty() : Optional.of("Put {n} where the item number goes, e.g. {n} or {n}/{yy}");
    }
}
