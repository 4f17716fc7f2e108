package org.minutebook.seeds;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one normaliser for comparing text from the seed records with text the app renders.
 *
 * <p>The seeds in {@code shared/seeds} are copied out of council web pages and Word exports, so the
 * same words arrive with different bytes: non-breaking spaces where a space was typed, runs of
 * spaces and tabs used as indents, curly "smart" quotes, and bullets drawn from the Symbol and
 * Wingdings fonts ({@code ·}, {@code Ø}, U+F0B7). A browser shows the app's text with its own
 * whitespace rules and the app may print its own bullets and labels. Tests compare
 * {@code normalise(seed)} with {@code normalise(rendered)}; the rules below say exactly what is
 * treated as "the same text" and why. Nothing else is folded: letters, digits, punctuation
 * (dashes, £) and case must match as printed.
 *
 * <ul>
 *   <li>{@link #normalise(String)} — whitespace folded, quotes straightened. Use on both sides of a
 *       comparison.</li>
 *   <li>{@link #stripBullet(String)} — also drops a leading bullet mark.</li>
 *   <li>{@link #stripLabel(String)} — also drops a leading paragraph or clause label
 *       ("14.1", "a)", "1.", "(2)").</li>
 * </ul>
 */
public final class SeedText {

    /**
     * Every character treated as whitespace: Java's {@code \s} (space, tab, CR, LF, FF, VT) plus the
     * Unicode space separators ({@code \p{Z}}: non-breaking space U+00A0, narrow and figure spaces,
     * line and paragraph separators) and the zero-width no-break space / BOM U+FEFF.
     */
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}\\uFEFF]+");

    /** Zero-width characters that Word and browsers insert invisibly; dropped rather than spaced. */
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060]");

    /**
     * Bullet marks: {@code ·} (U+00B7, Symbol-font bullet as exported), U+F0B7 (the same bullet left
     * in the Private Use Area), {@code •} (U+2022), {@code ▪} (U+25AA) and {@code ◦} (U+25E6) may
     * touch the text; {@code Ø} (Wingdings arrow exported as a Latin letter), {@code -}, {@code –},
     * {@code *} and {@code >} only count as a bullet when whitespace follows, so "Ørsted" or
     * "-5" keep their first character.
     */
    private static final Pattern BULLET =
            Pattern.compile("^(?:[\\u00B7\\uF0B7\\u2022\\u25AA\\u25E6]|[\\u00D8\\-\\u2013*>](?=\\s|$))\\s*");

    /**
     * Paragraph and clause labels, tried in this order:
     * <ol>
     *   <li>a dotted paragraph number followed by a space: {@code 14.1}, {@code 4.6}, {@code 1.2.3};</li>
     *   <li>a number with a full stop, space optional because the seeds have "10.Staff": {@code 1.};</li>
     *   <li>a number or a lower-case letter or roman numeral with a closing bracket, optionally an
     *       opening one too: {@code 1)}, {@code (1)}, {@code a)}, {@code (a)}, {@code (iv)}.</li>
     * </ol>
     * A bare number ("12 key areas…", "2 social workers…") is text, never a label.
     */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:\\d+(?:\\.\\d+)+(?=\\s|$)|\\d+\\.(?!\\d)|\\(?(?:\\d+|[a-z]|[ivxlc]+)\\))\\s*");

    private SeedText() {
    }

    /**
     * Normalises text for comparison.
     *
     * <ol>
     *   <li><b>Whitespace runs become one space, and the ends are trimmed.</b> The seeds use
     *       non-breaking spaces between words and as indents ("4.1&nbsp; &nbsp; The Committee"),
     *       hard line breaks and tabs; HTML collapses whitespace when it renders, so only "there is
     *       a gap here" is meaningful.</li>
     *   <li><b>Zero-width spaces and joiners are removed.</b> They are invisible on the page.</li>
     *   <li><b>Curly quotes become straight:</b> {@code ’ ‘ ‛ ′} to {@code '} and {@code “ ” „ ″}
     *       to {@code "}. The seeds mix them (Word's smart quotes in "Children’s", straight ones
     *       in "Children's" a line later), and a clerk typing into the app will type straight
     *       ones.</li>
     * </ol>
     *
     * @param text any text; {@code null} is treated as empty
     * @return the normalised text, never {@code null}
     */
    public static String normalise(String text) {
        return straightenQuotes(foldWhitespace(text));
    }

    /**
     * Rule 1 and 2 of {@link #normalise(String)} alone: folds whitespace and drops zero-width
     * characters but keeps the quotes as printed. {@link Seeds} stores seed text this way, so that
     * text typed into the app from a seed looks like the record.
     *
     * @param text any text; {@code null} is treated as empty
     * @return the text with whitespace folded and trimmed, never {@code null}
     */
    public static String foldWhitespace(String text) {
        if (text == null) {
            return "";
        }
        String visible = ZERO_WIDTH.matcher(text).replaceAll("");
        return WHITESPACE.matcher(visible).replaceAll(" ").strip();
    }

    /**
     * Rule 3 of {@link #normalise(String)} alone: straight quotes for curly ones.
     *
     * @param text any text; {@code null} is treated as empty
     * @return the text with straight quotes, never {@code null}
     */
    public static String straightenQuotes(String text) {
        if (text == null) {
            return "";
        }
        return text
                .replace('\u2019', '\'')  // ’ right single quote, the apostrophe in "Children’s"
                .replace('\u2018', '\'')  // ‘ left single quote
                .replace('\u201B', '\'')  // ‛ reversed single quote
                .replace('\u2032', '\'')  // ′ prime, sometimes produced by auto-correct
                .replace('\u201C', '"')   // “
                .replace('\u201D', '"')   // ”
                .replace('\u201E', '"')   // „
                .replace('\u2033', '"');  // ″
    }

    /**
     * Normalises the text and removes one leading bullet mark and the space after it.
     *
     * <p>Bullets are presentation, not content: the seeds draw them with Symbol/Wingdings glyphs
     * exported as {@code ·} and {@code Ø} (or U+F0B7 when the font mapping is lost), while the app
     * renders list items whose marker is not part of the text. Marks stripped: {@code ·}, U+F0B7,
     * {@code •}, {@code ▪}, {@code ◦} always; {@code Ø}, {@code -}, {@code –}, {@code *}, {@code >}
     * only when followed by whitespace.
     *
     * @param text any text; {@code null} is treated as empty
     * @return the normalised text without its bullet, never {@code null}
     */
    public static String stripBullet(String text) {
        String normal = normalise(text);
        return BULLET.matcher(normal).replaceFirst("");
    }

    /**
     * Normalises the text and removes a leading bullet, then one leading paragraph or clause label
     * ({@code 14.1}, {@code 1.}, {@code 10.} in "10.Staff", {@code 1)}, {@code (1)}, {@code a)},
     * {@code (a)}, {@code (iv)}) and the space after it.
     *
     * <p>The record prints numbers that the app generates from its house style, so a test compares
     * the words and checks the number separately. Only call this on text known to start with a label:
     * a sentence starting "2.5 million" would lose its number.
     *
     * @param text any text; {@code null} is treated as empty
     * @return the normalised text without bullet or label, never {@code null}
     */
    public static String stripLabel(String text) {
        String unbulleted = stripBullet(text);
        return LABEL.matcher(unbulleted).replaceFirst("");
    }

    /**
     * The leading paragraph or clause label of a text, as printed ("14.1", "a)", "1.", "10."), after
     * whitespace is folded; {@code null} if it has none. Same label rules as {@link #stripLabel}.
     *
     * @param text any text; {@code null} gives {@code null}
     * @return the label without the space after it, or {@code null}
     */
    public static String label(String text) {
        Matcher m = LABEL.matcher(foldWhitespace(text));
        return m.find() ? m.group().strip() : null;
    }
}
