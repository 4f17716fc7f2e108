package org.minutebook.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.plan.Measure;
import org.minutebook.plan.PlanService;
import org.minutebook.plan.RagBadge;
import org.minutebook.testsupport.AsUser;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@MinutebookTest
class PlanDashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    PlanService plans;

    @Autowired
    PeopleService people;

    long hwb() {
        return people.bodyNamed("West Sussex Health and Wellbeing Board").orElseThrow().getId();
    }

    long childrenFirst() {
        return plans.plansOf(hwb()).stream().filter(p -> p.getTitle().startsWith("Children First")).findFirst()
                .orElseThrow().getId();
    }

    @Test
    @WithMockUser(username = "chair", roles = "MEMBER")
    void theChairSeesWhichRecommendationsAreLateAndWhoOwnsTheLateActions() {
        PlanDashboardView view = navigate("plans/" + childrenFirst() + "/dashboard", PlanDashboardView.class);
        String text = view.getElement().getTextRecursively();

        // Other tests share the database and may add actions to the board: the seed's late workshop has no owner.
        assertThat(text).contains("Overall: Red").containsPattern("\\d+ actions? (is|are) overdue: .*No owner named \\d+")
                .contains("Effective Partnerships")
                .containsPattern("\\d+ actions: \\d+ open, \\d+ done, [1-9]\\d* overdue");
        // Every badge carries its word; the colour is only a class.
        assertThat($(RagBadge.class).all()).allMatch(b -> !b.getText().isBlank());
        assertThat($(RagBadge.class).withText("Red").all()).hasSizeGreaterThanOrEqualTo(3);
        // Each chart's numbers as a table: seed 001's 41 newly qualified social workers.
        assertThat($(NativeTableCaption.class).all()).extracting(NativeTableCaption::getText)
                .anyMatch(c -> c.startsWith("Newly qualified social workers"));
        // The backlog has a target and no reading yet: said in words, no empty chart or table.
        assertThat(text).contains("No readings yet; the target is 0.");
        assertThat(text).contains("17 July 2019").contains("41 social workers");
        assertThat($(Span.class).withText("Missed").all()).isNotEmpty();
        assertThat($(Span.class).withText("Achieved").all()).hasSize(1);
    }

    @Test
    @WithMockUser(username = "chair", roles = "MEMBER")
    void theOpenDashboardRedrawsWhenAReadingIsAdded() {
        long hwb = hwb();
        long planId = AsUser.as("clerk", Role.CLERK, () -> plans.createPlan(hwb, "Dashboard push plan")).getId();
        Measure m = AsUser.as("clerk", Role.CLERK, () -> plans.addMeasure(planId, "Apprentices", "apprentices", null,
                BigDecimal.TEN));
        PlanDashboardView view = navigate("plans/" + planId + "/dashboard", PlanDashboardView.class);
        assertThat(view.getElement().getTextRecursively()).contains("No readings yet; the target is 10 apprentices.");

        AsUser.as("clerk", Role.CLERK, () -> plans.addMeasureValue(m.getId(), LocalDate.of(2019, 7, 17), BigDecimal.valueOf(7),
                "seven apprentices"));

        eventually(() -> view.getElement().getTextRecursively().contains("3 apprentices below"));
        assertThat(view.getElement().getTextRecursively()).contains("7 apprentices (\u201cseven apprentices\u201d)");
    }

    static void eventually(BooleanSupplier shown) {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            MockVaadin.clientRoundtrip();
            if (shown.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("The dashboard did not show the change within 5 seconds");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
