package org.minutebook.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.minutebook.actions.ActionService;
import org.minutebook.actions.ActionStatus;
import org.minutebook.actions.NewAction;
import org.minutebook.actions.PlanLink;
import org.minutebook.live.PlanChannel;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.plan.Measure;
import org.minutebook.plan.MilestoneStatus;
import org.minutebook.plan.Plan;
import org.minutebook.plan.PlanService;
import org.minutebook.plan.Rag;
import org.minutebook.plan.Recommendation;
import org.minutebook.plan.Theme;
import org.minutebook.testsupport.AsUser;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The roll-up on real plans and actions, against PostgreSQL. Dates are relative to today, so the rule's clock. */
@MinutebookTest
class PlanProgressServiceTest {

    static final String HWB = "West Sussex Health and Wellbeing Board";

    @Autowired
    PlanProgressService progress;

    @Autowired
    PlanService plans;

    @Autowired
    ActionService actions;

    @Autowired
    PeopleService people;

    @Autowired
    PlanChannel channel;

    static <T> T asClerk(Supplier<T> work) {
        return AsUser.as("clerk", Role.CLERK, work);
    }

    long hwb() {
        return people.bodyNamed(HWB).orElseThrow().getId();
    }

    long childrenFirst() {
        return asClerk(() -> plans.plansOf(hwb())).stream()
                .filter(p -> p.getTitle().equals("Children First Practice Improvement Plan")).findFirst().orElseThrow().getId();
    }

    @Test
    void theChairSeesChildrenFirstsLateWorkAndWhoOwnsIt() {
        PlanDashboard d = AsUser.as("chair", Role.MEMBER, () -> progress.dashboard(childrenFirst()));

        // Seven themes in the plan's order, then the twelve areas, which the seeds put under no theme.
        assertThat(d.groups()).extracting(PlanDashboard.Group::title).startsWith("Learning and Development", "Compliance")
                .endsWith("Effective Partnerships", "Whole Service Design", "Not under a theme");
        var partnerships = d.groups().stream().filter(g -> g.title().equals("Effective Partnerships")).findFirst().orElseThrow();
        // The workshop was due "at the end of July" 2019 and is still open.
        assertThat(partnerships.rag()).isEqualTo(Rag.RED);
        // Other tests share the database and may add actions to the board, so at least the seed's two.
        assertThat(partnerships.counts().actions()).isGreaterThanOrEqualTo(2);
        assertThat(partnerships.counts().overdue()).isGreaterThanOrEqualTo(1);
        var loose = d.groups().getLast();
        assertThat(loose.recommendations()).hasSize(12);
        assertThat(loose.recommendations().get(11).rag()).isEqualTo(Rag.RED);
        assertThat(loose.recommendations().get(0).rag()).isEqualTo(Rag.NOT_STARTED);
        assertThat(d.groups().getFirst().rag()).isEqualTo(Rag.NOT_STARTED);

        var workshop = d.overdue().stream().filter(a -> a.description().equals(
                "Arrange a workshop to allow the Board to support the development of the Improvement Plan"))
                .findFirst().orElseThrow();
        assertThat(workshop.owner()).isEqualTo("No owner named");
        assertThat(workshop.daysLate()).isEqualTo(
                java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2019, 7, 31), d.today()));
        assertThat(workshop.serves()).contains("Theme: Effective Partnerships").contains("Area 12");
        // The seed's Healthwatch action has no date, so it cannot be late.
        assertThat(d.actions()).filteredOn(a -> a.description().equals("Healthwatch to provide engagement support")
                && a.due() == null).isNotEmpty().noneMatch(PlanDashboard.ActionRow::overdue);
        // The statutory direction happened; the later steps are still "planned" long after their dates: missed.
        assertThat(d.milestones().getFirst().status()).isEqualTo(MilestoneStatus.ACHIEVED);
        assertThat(d.milestones().getFirst().missed()).isFalse();
        assertThat(d.milestones().get(1).missed()).isTrue();
        assertThat(d.overall()).isEqualTo(Rag.RED);
        assertThat(d.measures()).hasSize(4);
        // The chair may read but not report on others' actions.
        assertThat(d.actions()).noneMatch(PlanDashboard.ActionRow::canReport);
    }

    @Test
    void theOfficerSeesTheirOrganisationsActionAndMayReportOnIt() {
        PlanDashboard d = AsUser.as("officer", Role.OFFICER, () -> progress.dashboard(childrenFirst()));

        // The board's tracker is public, so the officer sees both actions serving the plan; they may report only on
        // the one Healthwatch owns.
        assertThat(d.actions()).filteredOn(PlanDashboard.ActionRow::canReport)
                .extracting(PlanDashboard.ActionRow::description, PlanDashboard.ActionRow::owner)
                .contains(org.assertj.core.api.Assertions.tuple("Healthwatch to provide engagement support", "Healthwatch"))
                .allMatch(t -> "Healthwatch".equals(t.toList().get(1)));
        assertThat(d.actions()).filteredOn(a -> a.owner().equals("No owner named")).isNotEmpty()
                .noneMatch(PlanDashboard.ActionRow::canReport);
    }

    @Test
    void theRollUpFollowsActionsAndMilestonesAsTheyChange() {
        long hwb = hwb();
        Plan plan = asClerk(() -> plans.createPlan(hwb, "Roll-up test plan"));
        Theme workforce = asClerk(() -> plans.addTheme(plan.getId(), "Workforce"));
        Recommendation r1 = asClerk(() -> plans.addRecommendation(plan.getId(), 1, Recommendation.Kind.RECOMMENDATION,
                "Recruit", workforce.getId()));
        asClerk(() -> plans.addRecommendation(plan.getId(), 2, Recommendation.Kind.RECOMMENDATION, "Retain",
                workforce.getId()));
        LocalDate today = AsUser.as("chair", Role.MEMBER, () -> progress.dashboard(plan.getId())).today();

        var later = asClerk(() -> actions.create(NewAction.of(hwb, "Advertise posts").dueOn(today.plusDays(60), null)
                .serving(PlanLink.recommendation(r1.getId()))));
        assertThat(rec(plan.getId(), 0)).isEqualTo(Rag.GREEN);
        assertThat(theme(plan.getId())).as("recommendation 2 not started, 1 green").isEqualTo(Rag.GREEN);

        var soon = asClerk(() -> actions.create(NewAction.of(hwb, "Agree pay").dueOn(today.plusDays(3), null)
                .serving(PlanLink.recommendation(r1.getId()))));
        assertThat(rec(plan.getId(), 0)).isEqualTo(Rag.AMBER);
        assertThat(theme(plan.getId())).isEqualTo(Rag.AMBER);

        asClerk(() -> actions.addUpdate(soon.getId(), "Pay agreed", ActionStatus.DONE));
        asClerk(() -> actions.addUpdate(later.getId(), "Posts advertised", ActionStatus.DONE));
        assertThat(rec(plan.getId(), 0)).isEqualTo(Rag.COMPLETE);

        var m = asClerk(() -> plans.addMilestone(plan.getId(), "Academy opens", today.plusDays(100), null, null, null,
                r1.getId()));
        assertThat(rec(plan.getId(), 0)).as("a planned milestone reopens it").isEqualTo(Rag.GREEN);
        asClerk(() -> plans.setMilestoneStatus(m.getId(), m.getVersion(), MilestoneStatus.MISSED));
        assertThat(rec(plan.getId(), 0)).isEqualTo(Rag.RED);
        assertThat(theme(plan.getId())).isEqualTo(Rag.RED);
    }

    private Rag rec(long planId, int index) {
        return AsUser.as("chair", Role.MEMBER, () -> progress.dashboard(planId)).groups().getFirst()
                .recommendations().get(index).rag();
    }

    private Rag theme(long planId) {
        return AsUser.as("chair", Role.MEMBER, () -> progress.dashboard(planId)).groups().getFirst().rag();
    }

    @Test
    void anOpenDashboardIsToldAfterAMeasureOrAnActionChanges() throws Exception {
        long hwb = hwb();
        Plan plan = asClerk(() -> plans.createPlan(hwb, "Live test plan"));
        Measure measure = asClerk(() -> plans.addMeasure(plan.getId(), "Apprentices", "apprentices", null, BigDecimal.TEN));
        var action = asClerk(() -> actions.create(NewAction.of(hwb, "Any action of the body")));
        var told = new CountDownLatch(1);
        var subscription = channel.subscribe(plan.getId(), hwb, told::countDown);
        try {
            asClerk(() -> plans.addMeasureValue(measure.getId(), LocalDate.of(2019, 7, 17), BigDecimal.valueOf(7), null));
            assertThat(told.await(5, TimeUnit.SECONDS)).as("told of the new reading").isTrue();

            var toldAgain = new CountDownLatch(1);
            var second = channel.subscribe(plan.getId(), hwb, toldAgain::countDown);
            asClerk(() -> actions.addUpdate(action.getId(), "Started", ActionStatus.IN_PROGRESS));
            assertThat(toldAgain.await(5, TimeUnit.SECONDS)).as("told of progress on an action of the body").isTrue();
            second.cancel();
        } finally {
            subscription.cancel();
        }
        assertThat(channel.viewerCount(plan.getId())).isZero();
    }

    @Test
    void thePublicSeesAPlanOnlyWhileItsBodysTrackerIsPublic() {
        long id = childrenFirst();
        // The demo board's tracker is public (the default): anyone reads the plan, nobody anonymous may report.
        assertThat(progress.dashboard(id).actions()).isNotEmpty().noneMatch(PlanDashboard.ActionRow::canReport);

        long scrutiny = people.bodyNamed("Children and Young People's Services Scrutiny Committee").orElseThrow().getId();
        var body = people.body(scrutiny);
        body.setPublicActionTracker(false);
        AsUser.run("admin", Role.ADMIN, () -> people.saveBody(body));
        try {
            Plan privatePlan = asClerk(() -> plans.createPlan(scrutiny, "Private tracker plan"));
            assertThatThrownBy(() -> progress.dashboard(privatePlan.getId())).isInstanceOf(AccessDeniedException.class);
            assertThat(AsUser.as("member", Role.MEMBER, () -> progress.dashboard(privatePlan.getId())).title())
                    .isEqualTo("Private tracker plan");
        } finally {
            var again = people.body(scrutiny);
            again.setPublicActionTracker(true);
            AsUser.run("admin", Role.ADMIN, () -> people.saveBody(again));
        }
    }
}
