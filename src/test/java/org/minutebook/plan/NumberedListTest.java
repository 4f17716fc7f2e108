package org.minutebook.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.seeds.SeedText;
import org.minutebook.seeds.Seeds;

class NumberedListTest {

    /** Seed 001's list exactly as printed, from the heading's next line to the end of point 12. */
    private static String seed001List() {
        List<String> lines = Seeds.lines(1);
        int heading = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (SeedText.normalise(lines.get(i)).equals("Ofsted's 12 points for improvement")) {
                heading = i;
                break;
            }
        }
        assertThat(heading).as("seed 001's heading").isGreaterThanOrEqualTo(0);
        List<String> block = new ArrayList<>();
        for (String line : lines.subList(heading + 1, lines.size())) {
            block.add(line);
            if (line.startsWith("12.")) {
                break;
            }
        }
        return String.join("\n", block);
    }

    @Test
    void readsSeed001sTwelveAreasForImprovementAsPrinted() {
        var result = NumberedList.parse(seed001List());

        assertThat(result.problems()).isEmpty();
        var expected = Seeds.ofstedPoints();
        assertThat(result.items()).hasSize(12);
        assertThat(result.items()).extracting(NumberedList.Item::number, NumberedList.Item::text)
                .containsExactlyElementsOf(expected.stream().map(p -> tuple(p.number(), p.text())).toList());
        // "10.Staff recruitment…" is printed with no space after the dot.
        assertThat(result.items().get(9).text()).startsWith("Staff recruitment and retention");
    }

    @Test
    void joinsLinesAReportWrapped() {
        // Seed 001's list as a PDF copy gives it: every item hard-wrapped at about 60 characters, no blank lines.
        var wrapped = new StringBuilder();
        for (var point : Seeds.ofstedPoints()) {
            String line = point.number() + ". " + point.text();
            while (line.length() > 60) {
                int cut = line.lastIndexOf(' ', 60);
                wrapped.append(line, 0, cut).append("\r\n");
                line = "   " + line.substring(cut + 1);
            }
            wrapped.append(line).append("\r\n");
        }

        var result = NumberedList.parse(wrapped.toString());

        assertThat(result.problems()).isEmpty();
        assertThat(result.items()).extracting(NumberedList.Item::text)
                .containsExactlyElementsOf(Seeds.ofstedPoints().stream().map(p -> p.text()).toList());
    }

    @Test
    void takesParenthesesAndClosingBracketsAndKeepsParagraphNumbersInTheText() {
        var result = NumberedList.parse("""
                (1) Improve the quality of plans
                2) Review supervision, following paragraph
                1.1 of the report
                (3) Strengthen quality assurance
                """);

        assertThat(result.problems()).isEmpty();
        assertThat(result.items()).extracting(NumberedList.Item::number, NumberedList.Item::text, NumberedList.Item::line)
                .containsExactly(tuple(1, "Improve the quality of plans", 1),
                        tuple(2, "Review supervision, following paragraph 1.1 of the report", 2),
                        tuple(3, "Strengthen quality assurance", 4));
    }

    @Test
    void reportsEveryBadLineByItsNumber() {
        var result = NumberedList.parse("""
                The Board's recommendations are:
                1. Improve the quality of plans
                2.
                4. Strengthen quality assurance
                4. Repeat of four
                """);

        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).extracting(NumberedList.Problem::line, NumberedList.Problem::message).containsExactly(
                tuple(1, "does not start with a number such as \"1.\", \"1)\" or \"(1)\""),
                tuple(3, "item 2 has no text"),
                tuple(4, "number 4 skips 3; is a line missing?"),
                tuple(5, "number 4 comes again or out of order; expected 5"));
    }

    @Test
    void anEmptyPasteIsRefusedWithAReason() {
        assertThat(NumberedList.parse("  \n \n").problems()).extracting(NumberedList.Problem::line).containsExactly(1);
        assertThat(NumberedList.parse(null).ok()).isFalse();
    }

    @Test
    void aListMayStartAfterOneButMustRunOnByOne() {
        var result = NumberedList.parse("13. Thirteenth\n14. Fourteenth\n16. Sixteenth\n");

        assertThat(result.problems()).extracting(NumberedList.Problem::toString)
                .containsExactly("Line 3: number 16 skips 15; is a line missing?");
        assertThat(NumberedList.parse("0. Zero").problems()).extracting(NumberedList.Problem::message)
                .contains("numbers start at 1");
    }
}
