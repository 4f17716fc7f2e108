package org.minutebook.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.minutebook.plan.Measure;
import org.minutebook.plan.MilestoneStatus;
import org.minutebook.plan.Plan;
import org.minutebook.plan.PlanService;
import org.minutebook.plan.Recommendation;
import org.minutebook.plan.Theme;

/**
 * The plans the seeds describe. West Sussex's "Children First" plan: the 12 areas for improvement of seed 001,
 * the 7 themes of seed 002, the milestones of seed 004 (refined by seed 001) and the figures of seeds 001 and 004.
 * The other county's plan (seed 003) is known only by its counts, so it holds those and no text.
 *
 * <p>Milestones keep the record's words in {@code dueText}; {@code dueDate} is the latest day those words allow.
 * Where the record omits the year, it comes from the same record's context (seed 000 and 004 speak of July 2019;
 * seed 001's meeting was Wednesday 17 July 2019).
 */
final class SeedPlans {

    static final String CHILDREN_FIRST = "Children First Practice Improvement Plan";
    /** Seed 003 names no title; these are its own words for the plan. */
    static final String OTHER_COUNTY = "Improvement plan following the Ofsted report on 24 January";

    /** Seed 001: "Ofsted’s 12 points for improvement", as printed. */
    static final List<String> AREAS_FOR_IMPROVEMENT = List.of(
            "The infrastructure and services to support good-quality social work practice, reducing the number of "
                    + "transfer points for children. Clarity regarding the expectations of the workforce, including "
                    + "practice guidance and procedures and the quality of staff induction and training.",
            "The quality of social work practice, to assess, support and protect children who experience neglect.",
            "The effectiveness of assessment and planning for children in private fostering arrangements and 16- and "
                    + "17-year-old homeless young people.",
            "The quality of plans, particularly in relation to the focus on critical issues for families, time scales "
                    + "for actions and the consideration of what will happen if improvements are not achieved or "
                    + "concerns increase.",
            "The quality of social work recording, including the inclusion of intelligence and an analysis of the "
                    + "critical issues for children in return home interview records.",
            "Permanence planning for children, including the availability and use of foster-to-adopt placements, "
                    + "timeliness of assessments and planning for unborn babies.",
            "The quality and timeliness of life-story work.",
            "The quality and regularity of supervision, management oversight, direction and challenge, at all levels.",
            "The effectiveness of quality assurance arrangements.",
            "Staff recruitment and retention so that children experience fewer social workers.",
            "The rigour and impact of corporate parenting arrangements.",
            "The active engagement of all relevant partners to tackle weaknesses in services and improve outcomes for "
                    + "children.");

    /** Seed 002, minute 4.6, in order (the list's closing full stop is punctuation, not part of the name). */
    static final List<String> THEMES = List.of("Learning and Development", "Compliance", "Effective Leadership",
            "Workforce", "Effective Business Processes", "Effective Partnerships", "Whole Service Design");

    /** Seed 001's meeting: "last Wednesday (July 17)", 2019. */
    static final LocalDate SEED_001_MEETING = LocalDate.of(2019, 7, 17);

    /** What the demo actions link to. */
    record ChildrenFirst(long planId, long partnershipsThemeId, long partnersAreaId) {
    }

    private SeedPlans() {
    }

    static ChildrenFirst childrenFirst(PlanService plans, long bodyId) {
        Plan plan = plans.createPlan(bodyId, CHILDREN_FIRST);
        long id = plan.getId();

        Long partnerships = null;
        for (String title : THEMES) {
            Theme theme = plans.addTheme(id, title);
            if (title.equals("Effective Partnerships")) {
                partnerships = theme.getId();
            }
        }
        // The seeds do not say which theme each area falls under, so none is linked.
        long partnersArea = 0;
        for (int n = 1; n <= AREAS_FOR_IMPROVEMENT.size(); n++) {
            Recommendation area = plans.addRecommendation(id, n, Recommendation.Kind.AREA_FOR_IMPROVEMENT,
                    AREAS_FOR_IMPROVEMENT.get(n - 1), null);
            if (n == 12) {
                partnersArea = area.getId();
            }
        }

        // Seed 004, paragraphs 3–7; it happened ("dated 4 June 2019"), the rest lie ahead of the report.
        plans.addMilestone(id, "Statutory Direction from the Department of Education (DfE) requires the County "
                + "Council to prepare an improvement plan", LocalDate.of(2019, 6, 4), "4 June 2019", MilestoneStatus.ACHIEVED);
        plans.addMilestone(id, "Children First Practice Improvement Plan submitted to the DfE and Ofsted",
                LocalDate.of(2019, 7, 31), "in July", MilestoneStatus.PLANNED);
        plans.addMilestone(id, "Commissioner reports his formal recommendations to the Secretary of State",
                LocalDate.of(2019, 9, 30), "by 30 September 2019", MilestoneStatus.PLANNED);
        // Seed 004 gives the season; seed 001 the week (Monday 25 November 2019, so the week ends on 1 December)
        // and the count of six visits, whose later dates no record gives.
        plans.addMilestone(id, "Roughly quarterly Ofsted monitoring visits begin (six expected)",
                LocalDate.of(2019, 12, 1), "Autumn 2019; the first in the week beginning November 25", MilestoneStatus.PLANNED);
        // "2020/21" may be the financial year (to 31 March 2021) or the academic year (to 31 August 2021).
        plans.addMilestone(id, "Re-inspection of the service", LocalDate.of(2021, 8, 31), "probably during 2020/21",
                MilestoneStatus.PLANNED);

        // Seed 001's figures, told to the select committee on 17 July 2019.
        Measure nqsw = plans.addMeasure(id, "Newly qualified social workers joining the council’s academy in September",
                "social workers", null, null);
        plans.addMeasureValue(nqsw.getId(), SEED_001_MEETING, BigDecimal.valueOf(41),
                "41 newly qualified social workers would be joining the council’s academy in September");
        Measure apprentices = plans.addMeasure(id, "Apprentices joining the council’s academy in September",
                "apprentices", null, null);
        plans.addMeasureValue(apprentices.getId(), SEED_001_MEETING, BigDecimal.valueOf(7), "along with seven apprentices");
        // No figure is given for the backlog, so no reading; "expected to be gone" is a target of none left.
        plans.addMeasure(id, "Health-assessment backlog, expected to be gone in September", null, null, BigDecimal.ZERO);
        // Seed 004 gives "over 50" and no date for it: the reading keeps the words and has no date.
        Measure permanent = plans.addMeasure(id, "Permanent social workers commencing employment, or with an agreed "
                + "start date, since February 2019", "social workers", null, null);
        plans.addMeasureValue(permanent.getId(), null, BigDecimal.valueOf(50),
                "over 50 permanent social workers commencing employment, or with an agreed start date");

        return new ChildrenFirst(id, partnerships, partnersArea);
    }

    /** Seed 003: "14 recommendations … a wide ranging improvement plan … with 8 high level outcomes". */
    static long otherCounty(PlanService plans, long bodyId) {
        Plan plan = plans.createPlan(bodyId, OTHER_COUNTY);
        plans.declareCounts(plan.getId(), 14, 8);
        return plan.getId();
    }
}
