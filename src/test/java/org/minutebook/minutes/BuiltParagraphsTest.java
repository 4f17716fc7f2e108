package org.minutebook.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.minutebook.people.HouseStyle;

class BuiltParagraphsTest {

    private final BuiltParagraphs built = new BuiltParagraphs(2);
    private final AtomicInteger builds = new AtomicInteger();

    private MeetingRecord.Paragraph get(long id, MinuteParagraph p, String number, HouseStyle style) {
        return built.get(id, BuiltParagraphs.Source.of(p, number, style), () -> {
            builds.incrementAndGet();
            return new MeetingRecord.Paragraph(id, number, false, MinuteText.toHtml(p.getText()), null, List.of(), null, null);
        });
    }

    @Test
    void anUnchangedParagraphIsTheOneBuiltBefore() {
        var p = MinuteParagraph.paragraph(1L, 2L, 0, "The Board *noted* the report.");
        var first = get(7, p, "14.1", HouseStyle.board());
        var again = get(7, MinuteParagraph.paragraph(1L, 2L, 0, "The Board *noted* the report."), "14.1", HouseStyle.board());

        assertThat(again).isSameAs(first);
        assertThat(builds).hasValue(1);
    }

    @Test
    void anEditedRenumberedOrRestyledParagraphIsBuiltAgain() {
        var p = MinuteParagraph.paragraph(1L, 2L, 0, "The Board noted the report.");
        var first = get(7, p, "14.1", HouseStyle.board());
        p.setText("The Board noted the report and agreed the plan.");
        var edited = get(7, p, "14.1", HouseStyle.board());
        var renumbered = get(7, p, "14.2", HouseStyle.board());
        var other = new HouseStyle(HouseStyle.board().itemNumbering(), "{n}", false, "Resolved:", HouseStyle.board().clauseMarks());
        var restyled = get(7, p, "14.2", other);

        assertThat(edited.html()).isEqualTo("<p>The Board noted the report and agreed the plan.</p>");
        assertThat(first.html()).isEqualTo("<p>The Board noted the report.</p>");
        assertThat(renumbered.number()).isEqualTo("14.2");
        assertThat(restyled).isNotSameAs(renumbered);
        assertThat(builds).hasValue(4);
    }

    @Test
    void theLeastRecentlyUsedGoFirstBeyondTheCapacity() {
        var p = MinuteParagraph.paragraph(1L, 2L, 0, "Text");
        get(1, p, "1", HouseStyle.board());
        get(2, p, "2", HouseStyle.board());
        get(1, p, "1", HouseStyle.board());
        get(3, p, "3", HouseStyle.board());
        get(1, p, "1", HouseStyle.board());
        get(2, p, "2", HouseStyle.board());

        assertThat(builds).as("paragraph 2 was dropped for 3, paragraph 1 kept").hasValue(4);
    }
}
