package org.minutebook.numbering;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutebook.people.ClauseMarkStyle;
import org.minutebook.people.HouseStyle;
import org.minutebook.people.ItemNumbering;

/**
 * The one place where item, paragraph and clause numbers are worked out. Views, templates, PDF and Word all call
 * it, so the record reads the same everywhere.
 *
 * <p>Stateless and thread-safe: use {@code new NumberingEngine()} or share one instance.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li><b>By position.</b> Unfrozen items are numbered {@code startNumber + position} (position from 0 in agenda
 *       order); unfrozen paragraphs {@code item + "." + position} (position from 1). Inserting, removing or moving
 *       an item or paragraph therefore renumbers the unfrozen ones; gaps in old records (a seed that skips 4.4)
 *       are not reproduced unless those numbers are frozen.</li>
 *   <li><b>Frozen wins.</b> A frozen (stored) number is returned as is, whatever the house style now says and
 *       wherever the item has moved. Unfrozen neighbours still count from their own position; they do not count
 *       on from the frozen ones, so a late insertion among frozen items can repeat a number. {@link #freeze}
 *       refuses to store such a repeat.</li>
 *   <li><b>PER_MEETING and RUNNING</b> number identically from the given start; they differ only in who picks
 *       the start (PER_MEETING: {@link #DEFAULT_START_NUMBER}; RUNNING: the clerk, e.g. 233).
 *       <b>NONE</b> gives {@code null} item numbers, and so {@code null} paragraph numbers.</li>
 *   <li><b>Paragraphs</b> always read {@code {item}.{p}}, whatever the item format: "14.1", "1/25.1".</li>
 * </ul>
 *
 * <p>Lists of frozen numbers are one entry per item or paragraph, {@code null} where nothing is frozen;
 * returned lists have the same length, are unmodifiable and may contain {@code null}.
 */
public final class NumberingEngine {

    /** Where a meeting's items start unless the clerk says otherwise. */
    public static final int DEFAULT_START_NUMBER = 1;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final String N = "n";
    private static final String YY = "yy";

    /**
     * The number of each item of a meeting, in agenda order.
     *
     * @param style              the body's house style
     * @param startNumber        the first item's number, 1 or more ({@link #DEFAULT_START_NUMBER} for PER_MEETING)
     * @param municipalYearStart the year the municipal year starts in, for {@code {yy}}; may be {@code null} if the
     *                           format has no {@code {yy}}
     * @param frozen             one entry per item: its frozen number, or {@code null}
     * @return one label per item; {@code null} where the style numbers nothing (NONE) and nothing is frozen
     * @throws IllegalArgumentException if the start number is below 1, the format is unusable, the format needs a
     *                                  year that is missing, or a frozen number is blank
     */
    public List<String> itemNumbers(HouseStyle style, int startNumber, Year municipalYearStart, List<String> frozen) {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(frozen, "frozen");
        if (startNumber < 1) {
            throw new IllegalArgumentException("Item numbers start at 1 or more; the starting number was " + startNumber);
        }
        boolean numbered = style.itemNumbering() != ItemNumbering.NONE;
        if (numbered) {
            // Check the format even when every item is frozen: a bad house style should surface at once
            checkFormat(style.itemNumberFormat(), municipalYearStart);
        }
        List<String> labels = new ArrayList<>(frozen.size());
        for (int i = 0; i < frozen.size(); i++) {
            String stored = checkFrozen(frozen.get(i), "item", i);
            if (stored != null) {
                labels.add(stored);
            } else if (numbered) {
                labels.add(format(style.itemNumberFormat(), Math.addExact(startNumber, i), municipalYearStart));
            } else {
                labels.add(null);
            }
        }
        return Collections.unmodifiableList(labels);
    }

    /**
     * The number of each paragraph of one item, in order. A resolution is a paragraph like the others and takes
     * the next number (14.8 "Resolved that the Board: …").
     *
     * @param itemNumber the item's label (from {@link #itemNumbers}), or {@code null}/blank if it has none
     * @param style      the body's house style
     * @param frozen     one entry per paragraph: its frozen number, or {@code null}
     * @return one label per paragraph ("14.1"); {@code null} where the style has no paragraph numbers or the item
     *         has no number, and nothing is frozen
     */
    public List<String> paragraphNumbers(String itemNumber, HouseStyle style, List<String> frozen) {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(frozen, "frozen");
        boolean numbered = style.paragraphNumbers() && itemNumber != null && !itemNumber.isBlank();
        List<String> labels = new ArrayList<>(frozen.size());
        for (int i = 0; i < frozen.size(); i++) {
            String stored = checkFrozen(frozen.get(i), "paragraph", i);
            if (stored != null) {
                labels.add(stored);
            } else if (numbered) {
                labels.add(itemNumber.strip() + "." + (i + 1));
            } else {
                labels.add(null);
            }
        }
        return Collections.unmodifiableList(labels);
    }

    /**
     * Numbers a whole meeting: every item, then every paragraph under its item's label.
     *
     * @param stored one entry per item in agenda order, carrying what is frozen (see {@link ItemNumber#unfrozen})
     * @return one entry per item, same shape, with the numbers to show
     */
    public List<ItemNumber> number(HouseStyle style, int startNumber, Year municipalYearStart, List<ItemNumber> stored) {
        Objects.requireNonNull(stored, "stored");
        List<String> items = itemNumbers(style, startNumber, municipalYearStart,
                stored.stream().map(ItemNumber::number).toList());
        List<ItemNumber> result = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            String item = items.get(i);
            result.add(new ItemNumber(item, paragraphNumbers(item, style, stored.get(i).paragraphNumbers())));
        }
        return List.copyOf(result);
    }

    /**
     * The numbers to store when the minutes are approved. Same as {@link #number}; already frozen numbers come back
     * unchanged, and {@code null} entries (a NONE body, or no paragraph numbers) mean "store nothing".
     *
     * @throws IllegalArgumentException if two items, or two paragraphs, would be stored with the same number
     *                                  (possible after an insertion among frozen items): the approved record must
     *                                  not repeat a minute number
     */
    public List<ItemNumber> freeze(HouseStyle style, int startNumber, Year municipalYearStart, List<ItemNumber> stored) {
        List<ItemNumber> numbers = number(style, startNumber, municipalYearStart, stored);
        checkUnique("items", numbers.stream().map(ItemNumber::number).toList());
        checkUnique("paragraphs", numbers.stream().flatMap(n -> n.paragraphNumbers().stream()).toList());
        return numbers;
    }

    /**
     * The mark of one resolution clause.
     *
     * @param index the clause's position, from 0
     * @return "a)", "(a)", "(1)" or "1." for index 0; letters run a…z, then aa, ab … az, ba … zz, aaa (as
     *         spreadsheet columns do)
     */
    public String clauseMark(ClauseMarkStyle style, int index) {
        Objects.requireNonNull(style, "style");
        if (index < 0) {
            throw new IllegalArgumentException("Clause index starts at 0; was " + index);
        }
        return switch (style) {
            case LETTER_PAREN -> letters(index) + ")";
            case LETTER_BOTH -> "(" + letters(index) + ")";
            case NUMBER_BOTH -> "(" + (index + 1L) + ")";
            case NUMBER_DOT -> (index + 1L) + ".";
            case NUMBER_PAREN -> (index + 1L) + ")";
        };
    }

    /** The marks of a resolution's {@code count} clauses, in order. */
    public List<String> clauseMarks(ClauseMarkStyle style, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("Clause count must be 0 or more; was " + count);
        }
        List<String> marks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            marks.add(clauseMark(style, i));
        }
        return List.copyOf(marks);
    }

    /** The words that open a resolution ("Resolved that the Board:"), without surrounding white space. */
    public String resolutionPreamble(HouseStyle style) {
        Objects.requireNonNull(style, "style");
        String wording = style.resolutionWording();
        if (wording == null || wording.isBlank()) {
            throw new IllegalArgumentException("The house style has no resolution wording");
        }
        return wording.strip();
    }

    /** Fills {@code {n}} and {@code {yy}} in an item number format. */
    static String format(String format, int n, Year municipalYearStart) {
        Matcher m = PLACEHOLDER.matcher(format);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case N -> Integer.toString(n);
                case YY -> "%02d".formatted(Math.floorMod(municipalYearStart.getValue(), 100));
                default -> throw new IllegalStateException("unchecked placeholder " + m.group());
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static void checkFormat(String format, Year municipalYearStart) {
        if (format == null || format.isBlank()) {
            throw new IllegalArgumentException("The item number format is empty; it needs {n}, e.g. \"{n}\" or \"{n}/{yy}\"");
        }
        boolean hasN = false;
        Matcher m = PLACEHOLDER.matcher(format);
        while (m.find()) {
            switch (m.group(1)) {
                case N -> hasN = true;
                case YY -> {
                    if (municipalYearStart == null) {
                        throw new IllegalArgumentException("The item number format \"" + format
                                + "\" uses {yy} but no municipal year start was given");
                    }
                }
                // Catch typos such as {N} or {yyyy} rather than printing them into the minutes
                default -> throw new IllegalArgumentException("The item number format \"" + format
                        + "\" has an unknown placeholder " + m.group() + "; only {n} and {yy} are allowed");
            }
        }
        if (!hasN) {
            throw new IllegalArgumentException("The item number format \"" + format
                    + "\" has no {n}, so every item would get the same number");
        }
    }

    private static String checkFrozen(String stored, String what, int index) {
        if (stored != null && stored.isBlank()) {
            throw new IllegalArgumentException("The frozen number of " + what + " " + (index + 1)
                    + " is blank; use null for \"not frozen\"");
        }
        return stored;
    }

    private static void checkUnique(String what, List<String> labels) {
        Set<String> seen = new HashSet<>();
        for (String label : labels) {
            if (label != null && !seen.add(label)) {
                throw new IllegalArgumentException("Cannot freeze: two " + what + " would both be numbered " + label
                        + "; renumber or move them before approval");
            }
        }
    }

    /** 0 → a, 25 → z, 26 → aa, 27 → ab (bijective base 26). */
    private static String letters(int index) {
        StringBuilder out = new StringBuilder();
        for (long n = index + 1L; n > 0; n = (n - 1) / 26) {
            out.append((char) ('a' + (n - 1) % 26));
        }
        return out.reverse().toString();
    }
}
