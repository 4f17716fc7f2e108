package org.minutebook.plan;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import org.minutebook.people.Body;
import org.minutebook.people.PeopleService;
import org.minutebook.security.AccessPolicy;
import org.minutebook.security.CurrentViewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Improvement plans and their parts. The body's clerk (or an admin) writes them; every signed-in user reads
 * them, and the public reads the plans of a body whose action tracker is public (see
 * {@link AccessPolicy#canSeePlan}). A record that only counts its recommendations or outcomes is kept as
 * counts ({@link #declareCounts}), and a recommendation's text may be left empty: nothing is made up.
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

    private final PlanRepository plans;
    private final ThemeRepository themes;
    private final RecommendationRepository recommendations;
    private final OutcomeRepository outcomes;
    private final MilestoneRepository milestones;
    private final MeasureRepository measures;
    private final PeopleService people;
    private final CurrentViewer viewer;
    private final Validator validator;

    PlanService(PlanRepository plans, ThemeRepository themes, RecommendationRepository recommendations,
                OutcomeRepository outcomes, MilestoneRepository milestones, MeasureRepository measures,
                PeopleService people, CurrentViewer viewer, Validator validator) {
        this.plans = plans;
        this.themes = themes;
        this.recommendations = recommendations;
        this.outcomes = outcomes;
        this.milestones = milestones;
        this.measures = measures;
        this.people = people;
        this.viewer = viewer;
        this.validator = validator;
    }

    // ---------------------------------------------------------------- reading

    /** A body's plans, oldest first; empty when the viewer may not see them. */
    public List<Plan> plansOf(long bodyId) {
        if (!canSee(people.body(bodyId))) {
            return List.of();
        }
        return plans.findByBodyIdOrderByIdAsc(bodyId);
    }

    /** A plan with all its parts. */
    public PlanDetails plan(long planId) {
        Plan plan = find(planId);
        if (!canSee(people.body(plan.getBodyId()))) {
            throw new AccessDeniedException("You may not see this plan");
        }
        List<Milestone> timeline = milestones.findByPlanIdOrderByIdAsc(planId).stream()
                .sorted(Comparator.comparing(Milestone::getDueDate, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())))
                .toList();
        return new PlanDetails(plan, themes.findByPlanIdOrderByPositionAsc(planId),
                recommendations.findByPlanIdOrderByKindAscNumberAsc(planId), outcomes.findByPlanIdOrderByNumberAsc(planId),
                timeline, measures.findByPlanIdOrderByIdAsc(planId));
    }

    // ---------------------------------------------------------------- writing

    @Transactional
    public Plan createPlan(long bodyId, String title) {
        requireEditor(bodyId);
        return plans.save(valid(new Plan(bodyId, strip(title))));
    }

    /**
     * How many recommendations and outcomes the record says the plan has, where it does not list them
     * (seed 003: "14 recommendations … 8 high level outcomes"). Null clears a count.
     */
    @Transactional
    public Plan declareCounts(long planId, Integer recommendationCount, Integer outcomeCount) {
        Plan plan = editable(planId);
        if ((recommendationCount != null && recommendationCount < 0) || (outcomeCount != null && outcomeCount < 0)) {
            throw new IllegalArgumentException("A count cannot be negative");
        }
        plan.setDeclaredCounts(recommendationCount, outcomeCount);
        return plan;
    }

    /** A theme, placed after the plan's other themes. */
    @Transactional
    public Theme addTheme(long planId, String title) {
        editable(planId);
        int position = themes.findByPlanIdOrderByPositionAsc(planId).size();
        return themes.save(valid(new Theme(planId, position, strip(title))));
    }

    /**
     * A numbered recommendation or area for improvement. {@code text} may be null where the record only
     * numbers or counts them; {@code themeId}, if given, must be a theme of the same plan.
     */
    @Transactional
    public Recommendation addRecommendation(long planId, int number, Recommendation.Kind kind, String text, Long themeId) {
        editable(planId);
        if (kind == null) {
            throw new IllegalArgumentException("Say whether it is a recommendation or an area for improvement");
        }
        requirePositive(number);
        boolean taken = recommendations.findByPlanIdOrderByKindAscNumberAsc(planId).stream()
                .anyMatch(r -> r.getKind() == kind && r.getNumber() == number);
        if (taken) {
            throw new IllegalArgumentException("The plan already has " + describe(kind) + " " + number);
        }
        var recommendation = new Recommendation(planId, number, kind, strip(text));
        if (themeId != null) {
            Theme theme = themes.findById(themeId).orElseThrow(() -> new NoSuchElementException("No theme " + themeId));
            if (!theme.getPlanId().equals(planId)) {
                throw new IllegalArgumentException("That theme belongs to another plan");
            }
            recommendation.setThemeId(themeId);
        }
        return recommendations.save(recommendation);
    }

    /** A numbered outcome; {@code text} may be null where the record only counts them. */
    @Transactional
    public Outcome addOutcome(long planId, int number, String text) {
        editable(planId);
        requirePositive(number);
        if (outcomes.findByPlanIdOrderByNumberAsc(planId).stream().anyMatch(o -> o.getNumber() == number)) {
            throw new IllegalArgumentException("The plan already has outcome " + number);
        }
        return outcomes.save(new Outcome(planId, number, strip(text)));
    }

    /**
     * A milestone. {@code dueText} keeps the record's words ("Autumn 2019", "probably during 2020/21");
     * {@code dueDate} is the latest day those words allow, so the timeline sorts and a missed step shows.
     * A null status is PLANNED.
     */
    @Transactional
    public Milestone addMilestone(long planId, String title, LocalDate dueDate, String dueText, MilestoneStatus status) {
        editable(planId);
        return milestones.save(valid(new Milestone(planId, strip(title), dueDate, strip(dueText),
                status == null ? MilestoneStatus.PLANNED : status)));
    }

    /** A measure; baseline and target stay null where the record gives none. */
    @Transactional
    public Measure addMeasure(long planId, String name, String unit, BigDecimal baseline, BigDecimal target) {
        editable(planId);
        return measures.save(valid(new Measure(planId, strip(name), strip(unit), baseline, target)));
    }

    /**
     * A reading of a measure. {@code recordedOn} may be null where the record gives the figure but no date
     * for it; {@code note} keeps the record's words ("over 50").
     */
    @Transactional
    public Measure addMeasureValue(long measureId, LocalDate recordedOn, BigDecimal value, String note) {
        Measure measure = measures.findWithValuesById(measureId)
                .orElseThrow(() -> new NoSuchElementException("No measure " + measureId));
        editable(measure.getPlanId());
        if (value == null) {
            throw new IllegalArgumentException("Give the figure; a record without one adds no reading");
        }
        String cleanNote = strip(note);
        if (cleanNote != null && cleanNote.length() > 500) {
            throw new IllegalArgumentException("Keep the note under 500 characters");
        }
        measure.addValue(new MeasureValue(recordedOn, value, cleanNote));
        return measure;
    }

    // ---------------------------------------------------------------- rules

    private boolean canSee(Body body) {
        return AccessPolicy.canSeePlan(viewer.get(), body.isPublicActionTracker());
    }

    private Plan find(long planId) {
        return plans.findById(planId).orElseThrow(() -> new NoSuchElementException("No plan " + planId));
    }

    private Plan editable(long planId) {
        Plan plan = find(planId);
        requireEditor(plan.getBodyId());
        return plan;
    }

    private void requireEditor(long bodyId) {
        people.body(bodyId);
        if (!AccessPolicy.canEditPlan(viewer.get(), bodyId)) {
            throw new AccessDeniedException("You may not change this body's plans");
        }
    }

    private <T> T valid(T bean) {
        var violations = validator.validate(bean);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.iterator().next().getMessage());
        }
        return bean;
    }

    private static void requirePositive(int number) {
        if (number < 1) {
            throw new IllegalArgumentException("Numbers start at 1");
        }
    }

    private static String describe(Recommendation.Kind kind) {
        return kind == Recommendation.Kind.AREA_FOR_IMPROVEMENT ? "area for improvement" : "recommendation";
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
