package org.minutebook.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minutebook.meeting.ItemStatus;
import org.minutebook.security.MeetingStatus;

/** A saved paragraph changes only its own block of the live record, so only that is sent to each viewer. */
class ItemSectionUpdateTest {

    private static MeetingRecord.Paragraph para(long id, String number, String text) {
        return new MeetingRecord.Paragraph(id, number, false, "<p>" + text + "</p>", null, List.of(), null, null);
    }

    private static MeetingRecord.Item item(String title, List<MeetingRecord.Paragraph> paragraphs) {
        return new MeetingRecord.Item(7, "14", title, ItemStatus.OPEN, null, false, null, true,
                "The Board received the report.", null, null, List.of(), List.of(), paragraphs);
    }

    private static List<Element> blocks(ItemSection section) {
        List<Element> out = new ArrayList<>();
        section.getElement().getChildren().filter(e -> e.getClassList().contains("para")).forEach(out::add);
        return out;
    }

    @Test
    void aNewParagraphIsAddedBesideTheBlocksAlreadyShown() {
        var first = para(1, "14.1", "First");
        var second = para(2, "14.2", "Second");
        var section = new ItemSection(item("Health", List.of(first, second)), MeetingStatus.LIVE);
        var before = blocks(section);

        boolean inPlace = section.update(item("Health", List.of(first, second, para(3, "14.3", "Third"))), MeetingStatus.LIVE);

        assertThat(inPlace).isTrue();
        var after = blocks(section);
        assertThat(after).hasSize(3);
        assertThat(after.subList(0, 2)).containsExactlyElementsOf(before);
        assertThat(after.get(2).getAttribute("id")).isEqualTo("para-14-3");
        assertThat(after.get(2).getProperty("innerHTML")).contains("14.3", "Third");
    }

    @Test
    void anEditedParagraphIsRebuiltAndADeletedOneRemovedInOrder() {
        var first = para(1, "14.1", "First");
        var second = para(2, "14.2", "Second");
        var third = para(3, "14.3", "Third");
        var section = new ItemSection(item("Health", List.of(first, second, third)), MeetingStatus.LIVE);
        var before = blocks(section);

        section.update(item("Health", List.of(para(2, "14.1", "Second, renumbered"), third)), MeetingStatus.LIVE);

        var after = blocks(section);
        assertThat(after).extracting(e -> e.getAttribute("id")).containsExactly("para-14-1", "para-14-3");
        assertThat(after.get(0)).isNotEqualTo(before.get(1));
        assertThat(after.get(0).getProperty("innerHTML")).startsWith("<span class=\"para-number\">14.1</span>");
        assertThat(after.get(1)).isEqualTo(before.get(2));
        // The item's own content stays ahead of its paragraphs.
        assertThat(section.getElement().getChild(0)).isEqualTo(section.heading.getElement());
    }

    @Test
    void viewersOfTheSameParagraphShareItsHtmlRatherThanEachHoldingACopy() {
        var shared = para(4, "14.4", "Shown to every viewer");
        var one = new ItemSection(item("Health", List.of(shared)), MeetingStatus.LIVE);
        var other = new ItemSection(item("Health", List.of(shared)), MeetingStatus.LIVE);

        assertThat(blocks(other).getFirst().getProperty("innerHTML")).contains("Shown to every viewer")
                .isSameAs(blocks(one).getFirst().getProperty("innerHTML"));
    }

    @Test
    void anythingElseAboutTheItemAsksForANewSection() {
        var section = new ItemSection(item("Health", List.of(para(1, "14.1", "First"))), MeetingStatus.LIVE);

        assertThat(section.update(item("Health and care", List.of(para(1, "14.1", "First"))), MeetingStatus.LIVE)).isFalse();
        assertThat(section.update(item("Health", List.of()), MeetingStatus.CLOSED)).isFalse();
        assertThat(((Component) section).getElement().getChildCount()).isPositive();
    }
}
