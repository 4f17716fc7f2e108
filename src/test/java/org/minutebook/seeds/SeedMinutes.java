package org.minutebook.seeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One agenda item of a seed record and its minutes, as printed.
 *
 * <p>All text is as printed with whitespace folded ({@link SeedText#foldWhitespace}): curly quotes
 * are kept, bullet marks and labels are held apart from the text. Compare with what the app renders
 * through {@link SeedText#normalise}.
 *
 * @param seed            the seed number (0 for {@code 000_….txt})
 * @param itemTitle       the line after "Agenda item"
 * @param recommendations "The Board is asked to:" and its numbered points; {@code null} when the
 *                        seed prints none (002, 003)
 * @param paragraphs      the minute paragraphs from "Minutes:" to "Supporting documents:", in order
 */
public record SeedMinutes(int seed, String itemTitle, Clauses recommendations, List<Paragraph> paragraphs) {

    public SeedMinutes {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The paragraph printed with this number ("14.3"). */
    public Paragraph paragraph(String number) {
        return paragraphs.stream()
                .filter(p -> number.equals(p.number()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Seed %03d has no paragraph %s; it has %s".formatted(seed, number, numbers())));
    }

    /** The printed paragraph numbers in order; {@code null} entries for unnumbered paragraphs. */
    public List<String> numbers() {
        return paragraphs.stream().map(Paragraph::number).toList();
    }

    /** The resolution, if a paragraph opens with "Resolved"; empty for seed 003. */
    public Optional<Clauses> resolution() {
        return paragraphs.stream().map(Paragraph::resolution).filter(Objects::nonNull).findFirst();
    }

    /**
     * A minute paragraph.
     *
     * @param number     the printed number ("14.1"), or {@code null} when the body does not number
     *                   paragraphs (seed 003)
     * @param lead       the paragraph's own text, without its number
     * @param bullets    the bullet list under it, nested as printed; empty if none
     * @param resolution for a paragraph opening "Resolved that …:", its preamble (the same text as
     *                   {@code lead}) and clauses; otherwise {@code null}
     */
    public record Paragraph(String number, String lead, List<Bullet> bullets, Clauses resolution) {

        public Paragraph {
            bullets = List.copyOf(bullets);
        }

        public boolean isResolution() {
            return resolution != null;
        }

        /** Lead, bullets (depth first) and clauses as one string, for "the page contains …" checks. */
        public String allText() {
            List<String> parts = new ArrayList<>();
            parts.add(lead);
            bullets.forEach(b -> b.collect(parts));
            if (resolution != null) {
                resolution.clauses().forEach(c -> parts.add(c.text()));
            }
            return String.join(" ", parts);
        }
    }

    /**
     * A bullet point.
     *
     * @param mark     the printed mark: {@code '·'} or {@code 'Ø'} in the seeds
     * @param text     the text after the mark
     * @param children the sub-bullets printed under it (seed 002's {@code Ø} lines under a {@code ·})
     */
    public record Bullet(char mark, String text, List<Bullet> children) {

        public Bullet {
            children = List.copyOf(children);
        }

        /** The texts of the sub-bullets, in order. */
        public List<String> childTexts() {
            return children.stream().map(Bullet::text).toList();
        }

        private void collect(List<String> into) {
            into.add(text);
            children.forEach(c -> c.collect(into));
        }
    }

    /**
     * A preamble and its marked clauses: a resolution ("Resolved that the Board:" a) b) c)) or an
     * agenda item's recommendations ("The Board is asked to:" 1) 2)).
     *
     * @param preamble the words before the clauses
     * @param clauses  the clauses in order
     */
    public record Clauses(String preamble, List<Clause> clauses) {

        public Clauses {
            clauses = List.copyOf(clauses);
        }

        /** The printed marks in order: ["a)", "b)", "c)"] or ["1.", … "6."]. */
        public List<String> marks() {
            return clauses.stream().map(Clause::mark).toList();
        }

        /** The clause printed with this mark ("b)"). */
        public Clause clause(String mark) {
            return clauses.stream()
                    .filter(c -> c.mark().equals(mark))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No clause " + mark + " in " + marks()));
        }
    }

    /**
     * A clause of a resolution or a recommendation.
     *
     * @param mark the printed mark ("a)", "1.", "1)")
     * @param text the text after the mark
     */
    public record Clause(String mark, String text) {
    }
}
