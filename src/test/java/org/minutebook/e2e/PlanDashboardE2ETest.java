package org.minutebook.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.minutebook.testsupport.AsUser.as;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minutebook.actions.Action;
import org.minutebook.actions.ActionService;
import org.minutebook.actions.NewAction;
import org.minutebook.actions.PlanLink;
import org.minutebook.people.Organisation;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.plan.PlanDetails;
import org.minutebook.plan.PlanService;
import org.minutebook.plan.Recommendation;
import org.minutebook.testsupport.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The chair follows the Children First plan on its dashboard while Healthwatch's officer reports progress. */
class PlanDashboardE2ETest extends BrowserTest {

    @Autowired
    PlanService plans;
    @Autowired
    ActionService actions;
    @Autowired
    PeopleService people;

    long planId;
    Action action;

    @BeforeEach
    void aHealthwatchActionDueSoonOnAreaTen() {
        long hwb = people.bodyNamed("West Sussex Health and Wellbeing Board").orElseThrow().getId();
        planId = as("clerk", Role.CLERK, () -> plans.plansOf(hwb)).stream()
                .filter(p -> p.getTitle().equals("Children First Practice Improvement Plan")).findFirst().orElseThrow().getId();
        PlanDetails plan = as("clerk", Role.CLERK, () -> plans.plan(planId));
        Recommendation area10 = plan.recommendations(Recommendation.Kind.AREA_FOR_IMPROVEMENT).get(9);
        long healthwatch = people.organisations().stream().filter(o -> o.getName().equals("Healthwatch")).findFirst()
                .map(Organisation::getId).orElseThrow();
        action = as("clerk", Role.CLERK, () -> actions.create(NewAction.of(hwb, "Survey families on social worker turnover")
                .ownedByOrganisation(healthwatch)
                .dueOn(LocalDate.now(ZoneId.of("Europe/London")).plusDays(5), null)
                .serving(PlanLink.recommendation(area10.getId()))));
    }

    @Test
    void theChairsOpenDashboardChangesWhenTheOfficerMarksAnActionDone() {
        Page chair = signedIn("chair");
        chair.navigate(url("/plans/" + planId + "/dashboard"));
        Locator row = chair.locator("tr[data-action-id='" + action.getId() + "']");
        assertThat(row.locator(".action-status")).hasText("Open — due soon");
        Locator area10 = chair.locator(".recommendation-list li", new Page.LocatorOptions().setHasText("Area 10"));
        assertThat(area10.locator(".rag")).hasText("Amber");
        assertAccessible(chair);
        screenshot(chair, "plan-dashboard");

        Page officer = signedIn("officer");
        officer.navigate(url("/plans/" + planId + "/dashboard"));
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Report progress on: Survey families on social worker turnover")).click();
        officer.getByLabel("What has happened").fill("Survey closed: 212 families replied.");
        officer.locator("vaadin-select").click();
        officer.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Done")).click();
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save progress")).click();
        assertThat(officer.locator("tr[data-action-id='" + action.getId() + "'] .action-status")).hasText("Done");

        // No reload on the chair's side: the push redraws the row and the area's status.
        long started = System.nanoTime();
        assertThat(row.locator(".action-status")).hasText("Done");
        System.out.printf("Plan dashboard: the chair saw the officer's update %d ms after it was saved (upper bound)%n",
                (System.nanoTime() - started) / 1_000_000);
        assertThat(area10.locator(".rag")).hasText("Complete");
        screenshot(chair, "plan-dashboard-after-update");
    }

    @Test
    void aMalformedPasteIsRefusedAndThePlanIsUnchanged() {
        Page clerk = signedIn("clerk");
        clerk.navigate(url("/plans/" + planId));
        int before = as("clerk", Role.CLERK, () -> plans.plan(planId)).recommendations().size();
        clerk.getByLabel("Numbered list, as it appears in the report")
                .fill("1. Improve the quality of plans\n2. Review supervision\n2. Review supervision again");
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import list")).click();
        assertThat(clerk.getByText("Line 3: number 2 comes again or out of order; expected 3")).isVisible();
        screenshot(clerk, "plan-page-import-refused");
        assertAccessible(clerk);
        org.assertj.core.api.Assertions.assertThat(as("clerk", Role.CLERK, () -> plans.plan(planId)).recommendations())
                .hasSize(before);
    }
}
