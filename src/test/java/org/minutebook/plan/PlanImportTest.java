package org.minutebook.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.seeds.Seeds;
import org.minutebook.testsupport.AsUser;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The paste import and the plan's edits, against PostgreSQL: all or nothing, clerks only. */
@MinutebookTest
class PlanImportTest {

    @Autowired
    PlanService plans;

    @Autowired
    PeopleService people;

    long planId;

    @BeforeEach
    void aFreshPlan() {
        long hwb = people.bodyNamed("West Sussex Health and Wellbeing Board").orElseThrow().getId();
        planId = asClerk(() -> plans.createPlan(hwb, "Import test plan")).getId();
    }

    static <T> T asClerk(Supplier<T> work) {
        return AsUser.as("clerk", Role.CLERK, work);
    }

    private static String seed001() {
        var sb = new StringBuilder();
        for (var p : Seeds.ofstedPoints()) {
            sb.append(p.number()).append(". ").append(p.text()).append("\n\n");
        }
        return sb.toString();
    }

    @Test
    void theClerkPastesSeed001sTwelveAreasInOneGo() {
        int n = asClerk(() -> plans.importList(planId, PlanService.ListKind.AREAS_FOR_IMPROVEMENT, seed001(), null));

        assertThat(n).isEqualTo(12);
        var areas = asClerk(() -> plans.plan(planId)).recommendations(Recommendation.Kind.AREA_FOR_IMPROVEMENT);
        assertThat(areas).extracting(Recommendation::getNumber).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(areas.get(11).getText()).isEqualTo(Seeds.ofstedPoints().get(11).text());
    }

    @Test
    void aMalformedListIsRefusedByLineAndNothingIsImported() {
        String pasted = "1. Improve plans\n2. Review supervision\nthe report says more\n\n3)\n5. Fifth\n";

        assertThatThrownBy(() -> asClerk(() -> plans.importList(planId, PlanService.ListKind.RECOMMENDATIONS, pasted, null)))
                .isInstanceOfSatisfying(ListRefused.class, ex -> assertThat(ex.problems())
                        .extracting(NumberedList.Problem::toString)
                        .containsExactly("Line 5: item 3 has no text", "Line 6: number 5 skips 4; is a line missing?"));

        assertThat(asClerk(() -> plans.plan(planId)).recommendations()).isEmpty();
    }

    @Test
    void aNumberThePlanAlreadyHasRefusesTheWholeList() {
        asClerk(() -> plans.addOutcome(planId, 2, "Children are safer"));

        assertThatThrownBy(() -> asClerk(() -> plans.importList(planId, PlanService.ListKind.OUTCOMES,
                "1. First outcome\n2. Second outcome\n3. Third outcome", null)))
                .isInstanceOfSatisfying(ListRefused.class, ex -> assertThat(ex.problems())
                        .extracting(NumberedList.Problem::toString).containsExactly("Line 2: the plan already has outcome 2"));

        // Outcomes 1 and 3 were not saved on their own: nothing half-imported.
        assertThat(asClerk(() -> plans.plan(planId)).outcomes()).extracting(Outcome::getNumber).containsExactly(2);
    }

    @Test
    void onlyTheBodysClerkImportsOrEdits() {
        for (var who : new String[][] {{"chair", "MEMBER"}, {"member", "MEMBER"}, {"officer", "OFFICER"}}) {
            assertThatThrownBy(() -> AsUser.as(who[0], Role.valueOf(who[1]), () -> plans.importList(planId,
                    PlanService.ListKind.RECOMMENDATIONS, "1. Anything", null)))
                    .as(who[0]).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.as(who[0], Role.valueOf(who[1]), () -> plans.addTheme(planId, "Theirs")))
                    .as(who[0]).isInstanceOf(AccessDeniedException.class);
        }
        // They read it all the same.
        assertThat(AsUser.as("officer", Role.OFFICER, () -> plans.plan(planId)).plan().getTitle()).isEqualTo("Import test plan");
        assertThat(asClerk(() -> plans.plan(planId)).recommendations()).isEmpty();
        assertThat(asClerk(() -> plans.plan(planId)).themes()).isEmpty();
        assertThat(AsUser.as("admin", Role.ADMIN, () -> plans.addTheme(planId, "Admin's")).getTitle()).isEqualTo("Admin's");
    }

    @Test
    void countsAloneThenTheTextWhenItComes() {
        asClerk(() -> plans.declareCounts(planId, 14, 8));
        Recommendation first = asClerk(() -> plans.addRecommendation(planId, 1, Recommendation.Kind.RECOMMENDATION, null, null));
        assertThat(first.getText()).isNull();

        Recommendation filled = asClerk(() -> plans.setRecommendationText(first.getId(), first.getVersion(), "Improve plans"));
        assertThat(filled.getText()).isEqualTo("Improve plans");
        // Someone editing from the old version is told, not silently overwritten.
        assertThatThrownBy(() -> asClerk(() -> plans.setRecommendationText(first.getId(), first.getVersion(), "Other")))
                .isInstanceOf(PlanConflict.class);
        assertThat(asClerk(() -> plans.plan(planId)).recommendations().getFirst().getText()).isEqualTo("Improve plans");
    }

    @Test
    void aMilestoneServesAThemeAndItsStatusChanges() {
        Theme theme = asClerk(() -> plans.addTheme(planId, "Workforce"));
        Milestone m = asClerk(() -> plans.addMilestone(planId, "Academy opens", LocalDate.of(2030, 9, 1), "September",
                null, theme.getId(), null));
        assertThat(m.getThemeId()).isEqualTo(theme.getId());

        Milestone achieved = asClerk(() -> plans.setMilestoneStatus(m.getId(), m.getVersion(), MilestoneStatus.ACHIEVED));
        assertThat(achieved.getStatus()).isEqualTo(MilestoneStatus.ACHIEVED);
        assertThatThrownBy(() -> asClerk(() -> plans.setMilestoneStatus(m.getId(), m.getVersion(), MilestoneStatus.MISSED)))
                .isInstanceOf(PlanConflict.class);
        assertThatThrownBy(() -> AsUser.as("chair", Role.MEMBER,
                () -> plans.setMilestoneStatus(m.getId(), achieved.getVersion(), MilestoneStatus.MISSED)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
