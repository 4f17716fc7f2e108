package org.minutebook.seeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the real records in {@code shared/seeds} for fixtures and acceptance tests, so that expected
 * text always comes from the seed files and never from constants in a test.
 *
 * <p>The folder lives outside the repository: a checkout sits beside {@code shared/}, so from the
 * repository root it is {@code ../shared/seeds}. {@link #folder()} finds it.
 *
 * <p>Seed files are named {@code NNN_hash.txt}; methods take the number ({@code 0} for
 * {@code 000_cec4d2fb8e7bff72.txt}).
 */
public final class Seeds {

    /** System property naming the seed folder; overrides the search. */
    public static final String PROPERTY = "minutebook.seeds";
    /** Environment variable naming the seed folder, used when the system property is not set. */
    public static final String ENV = "MINUTEBOOK_SEEDS";

    private static final Pattern SEED_FILE = Pattern.compile("\\d{3}_.*\\.txt");
    /** "14.1 The Director…" — a numbered minute paragraph. */
    private static final Pattern PARAGRAPH = Pattern.compile("^(\\d+\\.\\d+) (.*)$");
    /** "a) noted…", "1. Expects…", "1) note…", "(2) …" — a clause of a resolution or recommendation. */
    private static final Pattern CLAUSE = Pattern.compile("^(\\(?(?:[a-z]|\\d+)\\)|\\d+\\.(?!\\d)) ?(.*)$");
    /** "10.Staff recruitment…" — a point of seed 001's list; the space after the dot is optional. */
    private static final Pattern POINT = Pattern.compile("^(\\d+)\\.(?!\\d) ?(.*)$");
    private static final Pattern RESOLVED = Pattern.compile("^Resolved\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASKED_TO = Pattern.compile("^.* is asked to:$");

    private static final char BULLET = '\u00B7';     // · Symbol-font bullet as exported
    private static final char SUB_BULLET = '\u00D8'; // Ø Wingdings arrow as exported

    private Seeds() {
    }

    // ------------------------------------------------------------------ locating and reading

    /**
     * The seed folder: the system property {@value #PROPERTY}, else the environment variable
     * {@value #ENV}, else the first {@code shared/seeds} found walking up from the working directory
     * (so {@code ../shared/seeds} from the repository root, where Maven runs the tests).
     *
     * @throws IllegalStateException if it cannot be found, saying where it looked
     */
    public static Path folder() {
        for (String[] setting : new String[][] {
                {"system property " + PROPERTY, System.getProperty(PROPERTY)},
                {"environment variable " + ENV, System.getenv(ENV)}}) {
            if (setting[1] != null && !setting[1].isBlank()) {
                Path named = Path.of(setting[1]).toAbsolutePath().normalize();
                if (!isSeedFolder(named)) {
                    throw new IllegalStateException("The " + setting[0] + " names " + named
                            + ", which is not a folder of seed files (NNN_*.txt)");
                }
                return named;
            }
        }
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
        List<Path> tried = new ArrayList<>();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("seeds");
            tried.add(candidate);
            if (isSeedFolder(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Cannot find the seed records (shared/seeds). They live outside the "
                + "repository, beside it: ../shared/seeds from the repository root. Looked in " + tried
                + ". Put them there, or run with -D" + PROPERTY + "=/path/to/seeds or " + ENV + "=/path/to/seeds.");
    }

    private static boolean isSeedFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> SEED_FILE.matcher(f.getFileName().toString()).matches());
        } catch (IOException e) {
            return false;
        }
    }

    /** The file of seed {@code number}: {@code file(2)} is {@code 002_93b42b79b9e48192.txt}. */
    public static Path file(int number) {
        String prefix = "%03d_".formatted(number);
        Path folder = folder();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files
                    .filter(f -> f.getFileName().toString().startsWith(prefix))
                    .filter(f -> SEED_FILE.matcher(f.getFileName().toString()).matches())
                    .toList();
            if (found.size() != 1) {
                throw new IllegalArgumentException(
                        "Expected one seed file " + prefix + "*.txt in " + folder + ", found " + found);
            }
            return found.getFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole text of seed {@code number} as stored (UTF-8, byte-order mark removed). */
    public static String read(int number) {
        try {
            String text = Files.readString(file(number), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The lines of seed {@code number} with whitespace folded ({@link SeedText#foldWhitespace}); lines
     * holding only (non-breaking) spaces come out empty.
     */
    public static List<String> lines(int number) {
        return read(number).lines().map(SeedText::foldWhitespace).toList();
    }

    // ------------------------------------------------------------------ minutes (000, 002, 003)

    /**
     * Parses the agenda item and minutes of seed {@code number} (000, 002 or 003).
     *
     * <ul>
     *   <li>The item title is the first non-empty line after the line "Agenda item".</li>
     *   <li>Recommendations are a line ending "is asked to:" before "Minutes:" and the {@code 1)} …
     *       lines after it.</li>
     *   <li>Minutes run from "Minutes:" to "Supporting documents:". A line starting "14.1 " opens a
     *       numbered paragraph; a {@code ·} line is a bullet; a {@code Ø} line is a sub-bullet of the
     *       last {@code ·} bullet of the paragraph, or a bullet of its own when the paragraph has no
     *       {@code ·} bullet before it (002's 4.6 opens with {@code Ø} lines); in a paragraph opening
     *       "Resolved", {@code a)} / {@code 1.} lines are clauses; any other line opens an unnumbered
     *       paragraph (seed 003).</li>
     * </ul>
     *
     * @throws IllegalArgumentException if the seed has no "Agenda item" or "Minutes:" line, or a line
     *                                  cannot be placed
     */
    public static SeedMinutes minutes(int number) {
        List<String> lines = lines(number);
        String where = "seed %03d (%s)".formatted(number, file(number).getFileName());

        int agendaItem = indexOf(lines, 0, "Agenda item"::equals);
        if (agendaItem < 0) {
            throw new IllegalArgumentException(where + " has no line \"Agenda item\"");
        }
        int titleLine = indexOf(lines, agendaItem + 1, l -> !l.isEmpty());
        int minutesLine = indexOf(lines, agendaItem + 1, "Minutes:"::equals);
        if (titleLine < 0 || minutesLine < 0 || titleLine >= minutesLine) {
            throw new IllegalArgumentException(where + " has no item title and \"Minutes:\" line");
        }
        int end = indexOf(lines, minutesLine + 1, l -> l.startsWith("Supporting documents:"));
        if (end < 0) {
            end = lines.size();
        }

        SeedMinutes.Clauses recommendations = recommendations(lines.subList(titleLine + 1, minutesLine), where);
        List<SeedMinutes.Paragraph> paragraphs = paragraphs(lines.subList(minutesLine + 1, end), where);
        return new SeedMinutes(number, lines.get(titleLine), recommendations, paragraphs);
    }

    private static SeedMinutes.Clauses recommendations(List<String> header, String where) {
        int askedTo = indexOf(header, 0, l -> ASKED_TO.matcher(l).matches());
        if (askedTo < 0) {
            return null;
        }
        List<SeedMinutes.Clause> clauses = new ArrayList<>();
        for (String line : header.subList(askedTo + 1, header.size())) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = CLAUSE.matcher(line);
            if (!m.matches()) {
                break;
            }
            clauses.add(new SeedMinutes.Clause(m.group(1), m.group(2)));
        }
        if (clauses.isEmpty()) {
            throw new IllegalArgumentException(where + ": \"" + header.get(askedTo) + "\" has no numbered points");
        }
        return new SeedMinutes.Clauses(header.get(askedTo), clauses);
    }

    private static List<SeedMinutes.Paragraph> paragraphs(List<String> body, String where) {
        List<ParagraphBuilder> built = new ArrayList<>();
        ParagraphBuilder current = null;
        for (String line : body) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher numbered = PARAGRAPH.matcher(line);
            Matcher clause = CLAUSE.matcher(line);
            char first = line.charAt(0);
            if (numbered.matches()) {
                current = new ParagraphBuilder(numbered.group(1), numbered.group(2));
                built.add(current);
            } else if (first == BULLET || first == '\uF0B7' || first == '\u2022') {
                requireParagraph(current, line, where).bullets.add(new BulletBuilder(first, afterMark(line)));
            } else if (first == SUB_BULLET && line.length() > 1 && line.charAt(1) == ' ') {
                ParagraphBuilder p = requireParagraph(current, line, where);
                BulletBuilder parent = p.bullets.isEmpty() ? null : p.bullets.getLast();
                BulletBuilder sub = new BulletBuilder(first, afterMark(line));
                if (parent != null && parent.mark != SUB_BULLET) {
                    parent.children.add(sub);
                } else {
                    p.bullets.add(sub);
                }
            } else if (current != null && current.resolution && clause.matches()) {
                current.clauses.add(new SeedMinutes.Clause(clause.group(1), clause.group(2)));
            } else {
                current = new ParagraphBuilder(null, line);
                built.add(current);
            }
        }
        return built.stream().map(ParagraphBuilder::build).toList();
    }

    private static ParagraphBuilder requireParagraph(ParagraphBuilder current, String line, String where) {
        if (current == null) {
            throw new IllegalArgumentException(where + ": bullet before any paragraph: " + line);
        }
        return current;
    }

    private static String afterMark(String line) {
        return line.substring(1).strip();
    }

    private static final class ParagraphBuilder {
        final String number;
        final String lead;
        final boolean resolution;
        final List<BulletBuilder> bullets = new ArrayList<>();
        final List<SeedMinutes.Clause> clauses = new ArrayList<>();

        ParagraphBuilder(String number, String lead) {
            this.number = number;
            this.lead = lead;
            this.resolution = RESOLVED.matcher(lead).matches();
        }

        SeedMinutes.Paragraph build() {
            return new SeedMinutes.Paragraph(number, lead, bullets.stream().map(BulletBuilder::build).toList(),
                    resolution ? new SeedMinutes.Clauses(lead, clauses) : null);
        }
    }

    private static final class BulletBuilder {
        final char mark;
        final String text;
        final List<BulletBuilder> children = new ArrayList<>();

        BulletBuilder(char mark, String text) {
            this.mark = mark;
            this.text = text;
        }

        SeedMinutes.Bullet build() {
            return new SeedMinutes.Bullet(mark, text, children.stream().map(BulletBuilder::build).toList());
        }
    }

    // ------------------------------------------------------------------ lists in 001 and 002

    /**
     * A numbered point as printed.
     *
     * @param number the printed number
     * @param text   the text after "N." (whitespace folded, quotes as printed)
     */
    public record Point(int number, String text) {
    }

    /**
     * Seed 001's list "Ofsted’s 12 points for improvement": the numbered lines after that heading, in
     * order. Points 10–12 are printed without a space after the dot ("10.Staff recruitment…").
     */
    public static List<Point> ofstedPoints() {
        List<String> lines = lines(1);
        int heading = indexOf(lines, 0, l -> SeedText.normalise(l).equals("Ofsted's 12 points for improvement"));
        if (heading < 0) {
            throw new IllegalArgumentException("Seed 001 has no heading \"Ofsted’s 12 points for improvement\"");
        }
        List<Point> points = new ArrayList<>();
        for (String line : lines.subList(heading + 1, lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = POINT.matcher(line);
            if (!m.matches()) {
                break;
            }
            points.add(new Point(Integer.parseInt(m.group(1)), m.group(2)));
        }
        return points;
    }

    /**
     * Seed 002's seven themes of the "Children First" plan: the {@code Ø} bullets of minute 4.6, in
     * order. The last is printed "Whole Service Design." — list punctuation, so a trailing full stop
     * is dropped here to give the theme's name; the paragraph itself keeps it.
     */
    public static List<String> themes() {
        return minutes(2).paragraph("4.6").bullets().stream()
                .filter(b -> b.mark() == SUB_BULLET)
                .map(b -> b.text().endsWith(".") ? b.text().substring(0, b.text().length() - 1) : b.text())
                .toList();
    }

    private static int indexOf(List<String> lines, int from, Predicate<String> test) {
        for (int i = from; i < lines.size(); i++) {
            if (test.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
