package org.minutebook.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * Checks that {@link Seeds} reads the records the way a reader of the printed minutes would: the
 * counts and a few texts a user would check against the page.
 */
class SeedsTest {

    @Test
    void findsTheSeedFolderBesideTheRepository() {
        assertThat(Seeds.folder()).isDirectory();
        assertThat(Seeds.file(0).getFileName().toString()).startsWith("000_").endsWith(".txt");
        assertThat(Seeds.read(0)).startsWith("Agenda item");
    }

    @Test
    void aWrongSeedFolderSettingFailsClearly() {
        String before = System.getProperty(Seeds.PROPERTY);
        System.setProperty(Seeds.PROPERTY, "/no/such/seeds");
        try {
            assertThatThrownBy(Seeds::folder)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(Seeds.PROPERTY)
                    .hasMessageContaining("/no/such/seeds");
        } finally {
            if (before == null) {
                System.clearProperty(Seeds.PROPERTY);
            } else {
                System.setProperty(Seeds.PROPERTY, before);
            }
        }
    }

    // ---------------------------------------------------------------- 000 West Sussex HWB item 14

    @Test
    void seed000HasTheItemTitleAndTwoRecommendations() {
        SeedMinutes m = Seeds.minutes(0);

        assertThat(SeedText.normalise(m.itemTitle()))
                .isEqualTo("OFSTED Inspection Judgement of Children's Services and the County Council's Improvement Plan");
        assertThat(m.recommendations().preamble()).isEqualTo("The Board is asked to:");
        assertThat(m.recommendations().marks()).containsExactly("1)", "2)");
        assertThat(m.recommendations().clause("1)").text()).startsWith("note the process for the production");
        assertThat(m.recommendations().clause("2)").text())
                .isEqualTo("consider how the Health and Wellbeing Board could contribute to the Children First Improvement Programme.");
    }

    @Test
    void seed000HasEightNumberedParagraphs() {
        SeedMinutes m = Seeds.minutes(0);

        assertThat(m.numbers()).containsExactly("14.1", "14.2", "14.3", "14.4", "14.5", "14.6", "14.7", "14.8");
        assertThat(m.paragraph("14.1").lead()).startsWith("The Director of Children’s Services presented the report");
        assertThat(m.paragraph("14.5").lead())
                .contains("should be able to share a revised funding position at the next meeting of the Board.");
        assertThat(m.paragraph("14.7").bullets()).isEmpty();
    }

    @Test
    void seed000BulletsAreFlatAndCounted() {
        SeedMinutes m = Seeds.minutes(0);

        SeedMinutes.Paragraph p3 = m.paragraph("14.3");
        assertThat(p3.lead()).isEqualTo("The Director of Children’s Services highlighted that:");
        assertThat(p3.bullets()).hasSize(5).allSatisfy(b -> {
            assertThat(b.mark()).isEqualTo('·');
            assertThat(b.children()).isEmpty();
        });
        assertThat(p3.bullets().getFirst().text()).startsWith("there was a determination across the system in West Sussex");
        assertThat(p3.bullets().getLast().text())
                .isEqualTo("The Children First Improvement Plan would be presented to Cabinet at the end of July 2019.");

        assertThat(m.paragraph("14.4").bullets()).hasSize(5);

        SeedMinutes.Paragraph p6 = m.paragraph("14.6");
        assertThat(p6.lead()).isEqualTo("The Board discussed ways in which they could offer support. It was agreed that:");
        assertThat(p6.bullets()).hasSize(6);
        assertThat(p6.bullets().getFirst().text()).isEqualTo("Healthwatch would provide engagement support;");
        assertThat(p6.bullets().getLast().text())
                .isEqualTo("a workshop would be arranged at the end of July to allow the Board to support the development of the Improvement Plan.");
    }

    @Test
    void seed000ResolutionHasLetteredClauses() {
        SeedMinutes m = Seeds.minutes(0);

        SeedMinutes.Clauses resolution = m.resolution().orElseThrow();
        assertThat(m.paragraph("14.8").isResolution()).isTrue();
        assertThat(m.paragraphs().stream().filter(SeedMinutes.Paragraph::isResolution)).hasSize(1);
        assertThat(resolution.preamble()).isEqualTo("Resolved that the Board:");
        assertThat(resolution.marks()).containsExactly("a)", "b)", "c)");
        assertThat(resolution.clause("b)").text())
                .isEqualTo("agreed that the Health and Wellbeing Board would contribute to the Children First Improvement Programme; and");
        assertThat(resolution.clause("c)").text()).endsWith("within the Children First Practice Improvement Plan");
    }

    // ---------------------------------------------------------------- 002 West Sussex CYPSSC item 4

    @Test
    void seed002SkipsParagraph44AndHasNoRecommendations() {
        SeedMinutes m = Seeds.minutes(2);

        assertThat(m.itemTitle()).isEqualTo("Ofsted Inspection of Children's Social Care Services");
        assertThat(m.recommendations()).isNull();
        assertThat(m.numbers()).containsExactly("4.1", "4.2", "4.3", "4.5", "4.6", "4.7", "4.8");
        assertThat(m.paragraph("4.1").lead()).startsWith("The Committee considered a report by the Director of Law and Assurance.");
        assertThat(m.paragraph("4.1").bullets()).hasSize(8);
        assertThat(m.paragraph("4.2").bullets()).hasSize(7);
        assertThat(m.paragraph("4.2").bullets().get(5).text()).startsWith("£5m has been made available");
    }

    @Test
    void seed002NestsTheTenKeyAreasUnderTheirBullet() {
        SeedMinutes.Paragraph p = Seeds.minutes(2).paragraph("4.3");

        assertThat(p.bullets()).hasSize(6).allSatisfy(b -> assertThat(b.mark()).isEqualTo('·'));
        SeedMinutes.Bullet areas = p.bullets().get(1);
        assertThat(areas.text()).startsWith("12 key areas for improvement");
        assertThat(areas.children()).hasSize(10).allSatisfy(c -> {
            assertThat(c.mark()).isEqualTo('Ø');
            assertThat(c.children()).isEmpty();
        });
        assertThat(areas.childTexts().getFirst()).isEqualTo("Caseloads");
        assertThat(areas.childTexts().getLast()).isEqualTo("Rigour and impact of the CPP");
        // the bullets after the Ø list are back at the top level
        assertThat(SeedText.normalise(p.bullets().get(2).text()))
                .startsWith("'Children First' is the working title");
    }

    @Test
    void seed002Paragraph46OpensWithArrowBulletsThenDots() {
        SeedMinutes.Paragraph p = Seeds.minutes(2).paragraph("4.6");

        assertThat(p.bullets()).extracting(SeedMinutes.Bullet::mark)
                .containsExactly('Ø', 'Ø', 'Ø', 'Ø', 'Ø', 'Ø', 'Ø', '·', '·', '·', '·');
        assertThat(p.bullets()).allSatisfy(b -> assertThat(b.children()).isEmpty());
        assertThat(p.bullets().get(6).text()).isEqualTo("Whole Service Design.");
        assertThat(p.bullets().get(7).text()).startsWith("He explained a commissioner would be appointed");
    }

    @Test
    void seed002ResolutionHasSixNumberedClauses() {
        SeedMinutes.Clauses resolution = Seeds.minutes(2).resolution().orElseThrow();

        assertThat(resolution.preamble()).isEqualTo("Resolved that the Committee:");
        assertThat(resolution.marks()).containsExactly("1.", "2.", "3.", "4.", "5.", "6.");
        assertThat(resolution.clause("1.").text()).startsWith("Expects to be continuously updated");
        assertThat(resolution.clause("6.").text())
                .isEqualTo("Requests progress on all recommendations of the above to be reported to the September meeting.");
        assertThat(Seeds.minutes(2).paragraph("4.8").bullets()).isEmpty();
    }

    @Test
    void seed002HasTheSevenThemesInOrder() {
        assertThat(Seeds.themes()).containsExactly(
                "Learning and Development", "Compliance", "Effective Leadership", "Workforce",
                "Effective Business Processes", "Effective Partnerships", "Whole Service Design");
    }

    // ---------------------------------------------------------------- 003 another county's HWB

    @Test
    void seed003IsUnnumberedWithoutResolution() {
        SeedMinutes m = Seeds.minutes(3);

        assertThat(m.itemTitle()).startsWith("OFSTED Inspection of Services for children in need of help and protection");
        assertThat(m.recommendations()).isNull();
        assertThat(m.resolution()).isEmpty();
        assertThat(m.paragraphs()).hasSize(3).allSatisfy(p -> {
            assertThat(p.number()).isNull();
            assertThat(p.isResolution()).isFalse();
        });
        assertThat(m.paragraphs().get(1).lead()).startsWith("The report contained 14 recommendations")
                .contains("8 high level outcomes");

        SeedMinutes.Paragraph discussion = m.paragraphs().getLast();
        assertThat(discussion.lead()).isEqualTo("In the ensuing discussion the following points were made:");
        // the brief said 5; the record prints 6 bullets
        assertThat(discussion.bullets()).hasSize(6).allSatisfy(b -> assertThat(b.mark()).isEqualTo('·'));
        assertThat(discussion.bullets().get(2).text())
                .startsWith("The Chairman allowed Councillor Vickery, who was not a Board Member to address the Board.");
        assertThat(discussion.allText()).contains("housing suppliers");
    }

    // ---------------------------------------------------------------- 001 news report

    @Test
    void seed001HasTwelveOfstedPoints() {
        List<Seeds.Point> points = Seeds.ofstedPoints();

        assertThat(points).extracting(Seeds.Point::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 12).boxed().toList());
        assertThat(points.get(6).text()).isEqualTo("The quality and timeliness of life-story work.");
        assertThat(points.get(9).text())
                .isEqualTo("Staff recruitment and retention so that children experience fewer social workers.");
        assertThat(points.getLast().text()).startsWith("The active engagement of all relevant partners");
    }

    @Test
    void minutesOfASeedWithoutMinutesFailClearly() {
        assertThatThrownBy(() -> Seeds.minutes(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("seed 001");
    }
}
