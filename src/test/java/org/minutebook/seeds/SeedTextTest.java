package org.minutebook.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeedTextTest {

    @Test
    void foldsEveryKindOfWhitespace() {
        assertThat(SeedText.normalise("  a\u00A0 \u00A0b\tc\r\nd\u202Fze\u200Bro ")).isEqualTo("a b c d zero");
        assertThat(SeedText.normalise(null)).isEmpty();
    }

    @Test
    void straightensQuotes() {
        assertThat(SeedText.normalise("Children\u2019s \u2018inadequate\u2019 \u201Creal strides\u201D"))
                .isEqualTo("Children's 'inadequate' \"real strides\"");
        assertThat(SeedText.foldWhitespace("Children\u2019s")).isEqualTo("Children\u2019s");
    }

    @Test
    void stripsBulletMarks() {
        assertThat(SeedText.stripBullet("\u00B7\u00A0 \u00A0 \u00A0 there was")).isEqualTo("there was");
        assertThat(SeedText.stripBullet("\u00D8\u00A0 Caseloads")).isEqualTo("Caseloads");
        assertThat(SeedText.stripBullet("\uF0B7 Item")).isEqualTo("Item");
        assertThat(SeedText.stripBullet("\u2022Item")).isEqualTo("Item");
        assertThat(SeedText.stripBullet("- item")).isEqualTo("item");
        assertThat(SeedText.stripBullet("* item")).isEqualTo("item");
        assertThat(SeedText.stripBullet("-5 degrees")).isEqualTo("-5 degrees");
        assertThat(SeedText.stripBullet("\u00D8rsted")).isEqualTo("\u00D8rsted");
    }

    @Test
    void stripsParagraphAndClauseLabels() {
        assertThat(SeedText.stripLabel("14.1 The Director")).isEqualTo("The Director");
        assertThat(SeedText.stripLabel("4.1\u00A0 \u00A0 The Committee")).isEqualTo("The Committee");
        assertThat(SeedText.stripLabel("a)\u00A0 \u00A0noted")).isEqualTo("noted");
        assertThat(SeedText.stripLabel("(b) agreed")).isEqualTo("agreed");
        assertThat(SeedText.stripLabel("1.\u00A0 \u00A0Expects")).isEqualTo("Expects");
        assertThat(SeedText.stripLabel("10.Staff recruitment")).isEqualTo("Staff recruitment");
        assertThat(SeedText.stripLabel("1) \u00A0note")).isEqualTo("note");
        assertThat(SeedText.stripLabel("12 key areas")).isEqualTo("12 key areas");
        assertThat(SeedText.stripLabel("\u00B7 2 social workers")).isEqualTo("2 social workers");
        assertThat(SeedText.label("14.8 Resolved")).isEqualTo("14.8");
        assertThat(SeedText.label("10.Staff")).isEqualTo("10.");
        assertThat(SeedText.label("Resolved")).isNull();
    }
}
