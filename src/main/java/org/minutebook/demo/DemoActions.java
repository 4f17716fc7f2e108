package org.minutebook.demo;

import java.time.LocalDate;
import org.minutebook.actions.ActionService;
import org.minutebook.actions.NewAction;
import org.minutebook.actions.PlanLink;

/**
 * The actions the seeds' minutes imply, each traced to the paragraph it comes from. Owner and due only where
 * the record gives them; a month without a year takes the year of the record's own context (seed 000 speaks of
 * July 2019, seed 002 of September 2019), with the record's words kept beside the date.
 */
final class DemoActions {

    private DemoActions() {
    }

    static void create(ActionService actions, long hwbId, long scrutinyId, long councilId, long healthwatchId,
                       SeedMeeting.Recorded seed000, SeedMeeting.Recorded seed002, SeedPlans.ChildrenFirst plan) {
        long supportAgreed = seed000.paragraph(Seed000.SUPPORT_AGREED);

        // 14.6 "Healthwatch would provide engagement support". Healthwatch is a partner agency engaging with the
        // improvement work: the theme Effective Partnerships and area 12 ("the active engagement of all relevant
        // partners") are what it serves.
        actions.create(NewAction.of(hwbId, "Healthwatch to provide engagement support")
                .ownedByOrganisation(healthwatchId)
                .from(seed000.meetingId(), seed000.itemId(), supportAgreed)
                .serving(PlanLink.theme(plan.partnershipsThemeId()), PlanLink.recommendation(plan.partnersAreaId())));

        // 14.6 "a workshop would be arranged at the end of July …": nobody is named to arrange it. The Board is
        // the partnership, so it serves the same theme and area as Healthwatch's support.
        actions.create(NewAction.of(hwbId, "Arrange a workshop to allow the Board to support the development of the "
                        + "Improvement Plan")
                .dueOn(LocalDate.of(2019, 7, 31), "at the end of July")
                .from(seed000.meetingId(), seed000.itemId(), supportAgreed)
                .serving(PlanLink.theme(plan.partnershipsThemeId()), PlanLink.recommendation(plan.partnersAreaId())));

        // 14.5 "the County Council were reviewing investment and should be able to share a revised funding position
        // at the next meeting of the Board". No theme or area of the plan names funding, so no link.
        actions.create(NewAction.of(hwbId, "Share a revised funding position with the Board")
                .ownedByOrganisation(councilId)
                .dueAtNextMeeting("at the next meeting of the Board")
                .from(seed000.meetingId(), seed000.itemId(), seed000.paragraph(Seed000.FUNDING_POSITION)));

        // Seed 002's resolution, clause 6: "Requests progress on all recommendations of the above to be reported to
        // the September meeting". Nobody is named to report. The recommendations are the committee's own scrutiny
        // arrangements, not a theme or area of the plan, so no link.
        actions.create(NewAction.of(scrutinyId, "Report progress on all recommendations of the resolution to the "
                        + "September meeting")
                .dueOn(LocalDate.of(2019, 9, 30), "the September meeting")
                .from(seed002.meetingId(), seed002.itemId(), seed002.paragraph(Seed002.RESOLUTION)));
    }
}
