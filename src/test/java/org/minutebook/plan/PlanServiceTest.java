package org.minutebook.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minutebook.people.Body;
import org.minutebook.people.BodyKind;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.testsupport.AsUser;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@MinutebookTest
class PlanServiceTest {

    static final String HWB = "West Sussex Health and Wellbeing Board";

    @Autowired
    PlanService plans;

    @Autowired
    PeopleService people;

    long hwb;
    Plan plan;

    @BeforeEach
    void aPlanOfOurOwn() {
        hwb = people.bodyNamed(HWB).orElseThrow().getId();
        plan = asClerk(() -> plans.createPlan(hwb, "  Test improvement plan "));
    }

    // ---------------------------------------------------------------- writing

    @Test
    void theClerkBuildsAPlanFromItsParts() {
        long id = plan.getId();
        Theme workforce = asClerk(() -> plans.addTheme(id, "Workforce"));
        Theme partnerships = asClerk(() -> plans.addTheme(id, "Effective Partnerships"));
        asClerk(() -> plans.addRecommendation(id, 2, Recommendation.Kind.AREA_FOR_IMPROVEMENT, "Staff recruitment", workforce.getId()));
        asClerk(() -> plans.addRecommendation(id, 1, Recommendation.Kind.AREA_FOR_IMPROVEMENT, "Infrastructure", null));
        asClerk(() -> plans.addRecommendation(id, 1, Recommendation.Kind.RECOMMENDATION, null, null));
        asClerk(() -> plans.addOutcome(id, 1, "  "));
        asClerk(() -> plans.addMilestone(id, "Re-inspection", LocalDate.of(2021, 8, 31), "probably during 2020/21", null));
        asClerk(() -> plans.addMilestone(id, "Not dated", null, null, MilestoneStatus.PLANNED));
        asClerk(() -> plans.addMilestone(id, "Statutory Direction", LocalDate.of(2019, 6, 4), "4 June 2019", MilestoneStatus.ACHIEVED));
        Measure measure = asClerk(() -> plans.addMeasure(id, "Apprentices", "apprentices", null, null));
        asClerk(() -> plans.addMeasureValue(measure.getId(), LocalDate.of(2019, 7, 17), BigDecimal.valueOf(7), "seven apprentices"));
        Measure updated = asClerk(() -> plans.addMeasureValue(measure.getId(), null, BigDecimal.valueOf(9), null));

        PlanDetails details = AsUser.as("member", Role.MEMBER, () -> plans.plan(id));

        assertThat(details.plan().getTitle()).isEqualTo("Test improvement plan");
        assertThat(details.themes()).extracting(Theme::getTitle, Theme::getPosition)
                .containsExactly(tuple("Workforce", 0),
                        tuple("Effective Partnerships", 1));
        assertThat(details.recommendations(Recommendation.Kind.AREA_FOR_IMPROVEMENT))
                .extracting(Recommendation::getNumber).containsExactly(1, 2);
        assertThat(details.recommendations(Recommendation.Kind.AREA_FOR_IMPROVEMENT).getLast().getThemeId())
                .isEqualTo(workforce.getId());
        assertThat(details.recommendations(Recommendation.Kind.RECOMMENDATION)).singleElement()
                .satisfies(r -> assertThat(r.getText()).isNull());
        assertThat(details.outcomes()).singleElement().satisfies(o -> assertThat(o.getText()).isNull());
        // By due date, undated last; an unsaid status is PLANNED.
        assertThat(details.milestones()).extracting(Milestone::getTitle)
                .containsExactly("Statutory Direction", "Re-inspection", "Not dated");
        assertThat(details.milestones().get(1).getStatus()).isEqualTo(MilestoneStatus.PLANNED);
        assertThat(details.measures()).singleElement().satisfies(m -> {
            assertThat(m.getBaseline()).isNull();
            assertThat(m.getTarget()).isNull();
            assertThat(m.getValues()).extracting(MeasureValue::value).containsExactly(BigDecimal.valueOf(7).setScale(4), BigDecimal.valueOf(9).setScale(4));
            assertThat(m.getValues().getLast().recordedOn()).isNull();
        });
        assertThat(updated.getValues()).hasSize(2);
        assertThat(partnerships.getPosition()).isEqualTo(1);
    }

    @Test
    void aPlanKnownOnlyByItsCountsHoldsTheCounts() {
        Plan counted = asClerk(() -> plans.declareCounts(plan.getId(), 14, 8));

        assertThat(counted.getDeclaredRecommendations()).isEqualTo(14);
        assertThat(counted.getDeclaredOutcomes()).isEqualTo(8);
        assertThatThrownBy(() -> asClerk(() -> plans.declareCounts(plan.getId(), -1, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThat(asClerk(() -> plans.declareCounts(plan.getId(), null, null)).getDeclaredRecommendations()).isNull();
    }

    @Test
    void writingRefusesWhatDoesNotFit() {
        long id = plan.getId();
        Plan other = asClerk(() -> plans.createPlan(hwb, "Another plan"));
        Theme elsewhere = asClerk(() -> plans.addTheme(other.getId(), "Compliance"));
        asClerk(() -> plans.addRecommendation(id, 1, Recommendation.Kind.AREA_FOR_IMPROVEMENT, "First", null));
        Measure measure = asClerk(() -> plans.addMeasure(id, "Backlog", null, null, BigDecimal.ZERO));

        assertRefused(() -> plans.createPlan(hwb, " "), "title");
        assertRefused(() -> plans.addTheme(id, null), "theme");
        assertRefused(() -> plans.addRecommendation(id, 1, Recommendation.Kind.AREA_FOR_IMPROVEMENT, "Again", null), "already has");
        assertRefused(() -> plans.addRecommendation(id, 0, Recommendation.Kind.RECOMMENDATION, "Zero", null), "start at 1");
        assertRefused(() -> plans.addRecommendation(id, 2, null, "No kind", null), "recommendation or an area");
        assertRefused(() -> plans.addRecommendation(id, 2, Recommendation.Kind.AREA_FOR_IMPROVEMENT, "Theirs", elsewhere.getId()), "another plan");
        assertRefused(() -> plans.addOutcome(id, 0, "Zero"), "start at 1");
        assertRefused(() -> plans.addMilestone(id, "", null, null, null), "milestone");
        assertRefused(() -> plans.addMilestone(id, "Wordy", null, "x".repeat(201), null), "200");
        assertRefused(() -> plans.addMeasure(id, null, null, null, null), "Name the measure");
        assertRefused(() -> plans.addMeasureValue(measure.getId(), LocalDate.of(2019, 9, 30), null, "gone"), "figure");
        assertThatThrownBy(() -> asClerk(() -> plans.addTheme(Long.MAX_VALUE, "Nowhere"))).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> asClerk(() -> plans.plan(Long.MAX_VALUE))).isInstanceOf(NoSuchElementException.class);
    }

    // ---------------------------------------------------------------- who

    @Test
    void aMemberCannotWriteAPlan() {
        assertThatThrownBy(() -> AsUser.as("member", Role.MEMBER, () -> plans.createPlan(hwb, "Members' plan")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.as("chair", Role.MEMBER, () -> plans.addTheme(plan.getId(), "Chair's theme")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.as("officer", Role.OFFICER, () -> plans.addOutcome(plan.getId(), 1, "Officer's")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.createPlan(hwb, "The public's plan")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aClerkWritesOnlyThePlansOfBodiesTheyServeAndAnAdminAny() {
        Body unserved = privateBody();

        assertThatThrownBy(() -> asClerk(() -> plans.createPlan(unserved.getId(), "Not mine")))
                .isInstanceOf(AccessDeniedException.class);
        Plan adminPlan = AsUser.as("admin", Role.ADMIN, () -> plans.createPlan(unserved.getId(), "The admin's plan"));
        assertThat(adminPlan.getBodyId()).isEqualTo(unserved.getId());
    }

    @Test
    void thePublicReadsThePlansOfABodyWithAPublicTrackerOnly() {
        Body closed = privateBody();
        Plan hidden = AsUser.as("admin", Role.ADMIN, () -> plans.createPlan(closed.getId(), "Not for the public"));

        assertThat(plans.plan(plan.getId()).plan().getTitle()).isEqualTo("Test improvement plan");
        assertThat(plans.plansOf(hwb)).extracting(Plan::getId).contains(plan.getId());
        assertThat(plans.plansOf(closed.getId())).isEmpty();
        assertThatThrownBy(() -> plans.plan(hidden.getId())).isInstanceOf(AccessDeniedException.class);
        // Any signed-in user reads it, with or without a place on the body.
        assertThat(AsUser.as("officer", Role.OFFICER, () -> plans.plansOf(closed.getId())))
                .extracting(Plan::getId).containsExactly(hidden.getId());
    }

    // ---------------------------------------------------------------- helpers

    private static <T> T asClerk(Supplier<T> work) {
        return AsUser.as("clerk", Role.CLERK, work);
    }

    private static void assertRefused(Supplier<?> work, String message) {
        assertThatThrownBy(() -> asClerk(work)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    private Body privateBody() {
        var body = new Body("Private panel " + UUID.randomUUID(), BodyKind.PANEL);
        body.setPublicActionTracker(false);
        return AsUser.as("admin", Role.ADMIN, () -> people.saveBody(body));
    }
}
