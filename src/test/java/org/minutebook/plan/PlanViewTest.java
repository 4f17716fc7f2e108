package org.minutebook.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.testsupport.AsUser;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@MinutebookTest
class PlanViewTest extends SpringBrowserlessTest {

    @Autowired
    PlanService plans;

    @Autowired
    PeopleService people;

    long planId;
    String title;

    @BeforeEach
    void aPlanWithACount() {
        long hwb = people.bodyNamed("West Sussex Health and Wellbeing Board").orElseThrow().getId();
        title = "View test plan " + java.util.UUID.randomUUID().toString().substring(0, 8);
        planId = AsUser.as("clerk", Role.CLERK, () -> plans.createPlan(hwb, title)).getId();
        AsUser.as("clerk", Role.CLERK, () -> plans.declareCounts(planId, 14, 8));
    }

    PlanView open() {
        return navigate("plans/" + planId, PlanView.class);
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void aMalformedPasteIsRefusedBesideTheBoxAndTheListStaysToBeCorrected() {
        PlanView view = open();
        String bad = "1. Improve the quality of plans\n3. Strengthen quality assurance\n";
        test(view.pasted).setValue(bad);
        test(view.importList).click();

        assertThat(view.pasted.isInvalid()).isTrue();
        assertThat(view.pasted.getErrorMessage())
                .isEqualTo("Nothing was imported. Line 2: number 3 skips 2; is a line missing?.");
        assertThat(view.pasted.getValue()).isEqualTo(bad);
        assertThat(plans.plan(planId).recommendations()).isEmpty();

        test(view.pasted).setValue("1. Improve the quality of plans\n2. Review\n   supervision\n(3) Strengthen quality assurance");
        test(view.importList).click();

        assertThat(view.pasted.isInvalid()).isFalse();
        assertThat(plans.plan(planId).recommendations()).extracting(Recommendation::getText)
                .containsExactly("Improve the quality of plans", "Review supervision", "Strengthen quality assurance");
        assertThat($(NativeTableCell.class).all()).filteredOn(c -> c.getElement().getTextRecursively().equals("Review supervision"))
                .hasSize(1);
        // The record counted fourteen: the page says how many are still to come, and invents none.
        assertThat(view.getElement().getTextRecursively())
                .contains("The record counts 14 recommendations; 3 listed here, 11 still to come.")
                .contains("The record counts 8 outcomes; 0 listed here, 8 still to come.");
    }

    @Test
    @WithMockUser(username = "member", roles = "MEMBER")
    void aMemberReadsThePlanAndIsOfferedNoChanges() {
        AsUser.as("clerk", Role.CLERK, () -> plans.addRecommendation(planId, 1, Recommendation.Kind.RECOMMENDATION, null, null));
        PlanView view = open();

        assertThat(view.pasted.isAttached()).isFalse();
        assertThat($(Button.class).all()).noneMatch(b -> b.getText().startsWith("Add") || b.getText().startsWith("Edit")
                || b.getText().startsWith("Save") || b.getText().startsWith("Import"));
        assertThat(view.getElement().getTextRecursively()).contains("Only the body's clerk changes the plan")
                .contains("Text to come");
        assertThat($(Anchor.class).withText("Open the dashboard").single().getHref()).isEqualTo("plans/" + planId + "/dashboard");
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void theListOfPlansLinksEachPlanAndItsDashboard() {
        navigate(PlansView.class);

        assertThat($(Anchor.class).withText(title).single().getHref()).isEqualTo("plans/" + planId);
        assertThat($(Anchor.class).withText("Children First Practice Improvement Plan").all()).hasSize(1);
        assertThat($(TextArea.class).all()).isEmpty();
    }
}
