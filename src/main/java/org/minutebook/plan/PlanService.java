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
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;

    PlanService(PlanRepository plans, ThemeRepository themes, RecommendationRepository recommendations,
                OutcomeRepository outcomes, MilestoneRepository milestones, MeasureRepository measures,
                PeopleService people, CurrentViewer viewer, Validator validator, ApplicationEventPublisher events) {
        this.events = events;
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

    /** Whether the viewer may change this body's plans (views use it only to hide what would be refused). */
    public boolean canEdit(long bodyId) {
        return AccessPolicy.canEditPlan(viewer.get(), bodyId);
    }

    // ---------------------------------------------------------------- writing

    @Transactional
    public Plan createPlan(long bodyId, String title) {
        requireEditor(bodyId);
        Plan plan = plans.save(valid(new Plan(bodyId, strip(title))));
        changed(plan);
        return plan;
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
        changed(plan);
        return plan;
    }

    /** A theme, placed after the plan's other themes. */
    @Transactional
    public Theme addTheme(long planId, String title) {
        changed(editable(planId));
        int position = themes.findByPlanIdOrderByPositionAsc(planId).size();
        return themes.save(valid(new Theme(planId, position, strip(title))));
    }

    /**
     * A numbered recommendation or area for improvement. {@code text} may be null where the record only
     * numbers or counts them; {@code themeId}, if given, must be a theme of the same plan.
     */
    @Transactional
    public Recommendation addRecommendation(long planId, int number, Recommendation.Kind kind, String text, Long themeId) {
        changed(editable(planId));
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
        changed(editable(planId));
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
        return addMilestone(planId, title, dueDate, dueText, status, null, null);
    }

    /** A milestone serving one theme or one recommendation of the plan (or neither: the plan's own). */
    @Transactional
    public Milestone addMilestone(long planId, String title, LocalDate dueDate, String dueText, MilestoneStatus status,
                                  Long themeId, Long recommendationId) {
        changed(editable(planId));
        var milestone = new Milestone(planId, strip(title), dueDate, strip(dueText),
                status == null ? MilestoneStatus.PLANNED : status);
        if (themeId != null) {
            requireOwnTheme(planId, themeId);
        }
        if (recommendationId != null) {
            requireOwnRecommendation(planId, recommendationId);
        }
        milestone.serve(themeId, recommendationId);
        return milestones.save(valid(milestone));
    }

    /** A milestone achieved, missed, or back to planned. {@code version} is the one the user saw. */
    @Transactional
    public Milestone setMilestoneStatus(long milestoneId, long version, MilestoneStatus status) {
        Milestone milestone = milestones.findById(milestoneId)
                .orElseThrow(() -> new NoSuchElementException("No milestone " + milestoneId));
        changed(editable(milestone.getPlanId()));
        if (status == null) {
            throw new IllegalArgumentException("Choose the milestone's status");
        }
        requireVersion(milestone.getVersion(), version, "this milestone");
        milestone.setStatus(status);
        return milestone;
    }

    /** The plan's title and period. {@code version} is the one the user saw. */
    @Transactional
    public Plan updatePlan(long planId, long version, String title, LocalDate from, LocalDate to) {
        Plan plan = editable(planId);
        requireVersion(plan.getVersion(), version, "the plan");
        if (from != null && to != null && to.isBefore(from)) {
            throw new org.minutebook.people.InvalidField("to", "The plan cannot end before it starts");
        }
        plan.setTitle(strip(title));
        plan.setPeriod(from, to);
        valid(plan);
        changed(plan);
        return plan;
    }

    /** The text of a recommendation the record first only numbered or counted; null leaves it to come. */
    @Transactional
    public Recommendation setRecommendationText(long recommendationId, long version, String text) {
        Recommendation r = recommendations.findById(recommendationId)
                .orElseThrow(() -> new NoSuchElementException("No recommendation " + recommendationId));
        changed(editable(r.getPlanId()));
        requireVersion(r.getVersion(), version, "this recommendation");
        r.setText(strip(text));
        return r;
    }

    /** The text of an outcome the record first only counted; null leaves it to come. */
    @Transactional
    public Outcome setOutcomeText(long outcomeId, long version, String text) {
        Outcome o = outcomes.findById(outcomeId).orElseThrow(() -> new NoSuchElementException("No outcome " + outcomeId));
        changed(editable(o.getPlanId()));
        requireVersion(o.getVersion(), version, "this outcome");
        o.setText(strip(text));
        return o;
    }

    /** What a pasted list becomes. */
    public enum ListKind {
        RECOMMENDATIONS, AREAS_FOR_IMPROVEMENT, OUTCOMES
    }

    /**
     * Creates recommendations, areas for improvement or outcomes from a numbered list pasted from a report
     * ({@link NumberedList}). All or nothing: any bad line, or a number the plan already has, refuses the whole list
     * with every problem by line number ({@link ListRefused}), and nothing is saved.
     *
     * @return how many were created
     */
    @Transactional
    public int importList(long planId, ListKind kind, String pasted, Long themeId) {
        changed(editable(planId));
        if (kind == null) {
            throw new org.minutebook.people.InvalidField("kind", "Choose what the list holds");
        }
        if (themeId != null) {
            requireOwnTheme(planId, themeId);
        }
        NumberedList.Result list = NumberedList.parse(pasted);
        var problems = new java.util.ArrayList<>(list.problems());
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        if (kind == ListKind.OUTCOMES) {
            outcomes.findByPlanIdOrderByNumberAsc(planId).forEach(o -> taken.add(o.getNumber()));
        } else {
            Recommendation.Kind rk = recommendationKind(kind);
            recommendations.findByPlanIdOrderByKindAscNumberAsc(planId).stream().filter(r -> r.getKind() == rk)
                    .forEach(r -> taken.add(r.getNumber()));
        }
        String what = kind == ListKind.OUTCOMES ? "outcome" : describe(recommendationKind(kind));
        for (NumberedList.Item item : list.items()) {
            if (taken.contains(item.number())) {
                problems.add(new NumberedList.Problem(item.line(), "the plan already has " + what + " " + item.number()));
            }
            if (item.text().length() > 4000) {
                problems.add(new NumberedList.Problem(item.line(), "item " + item.number() + " is longer than 4000 characters"));
            }
        }
        if (!problems.isEmpty() || list.items().isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(NumberedList.Problem::line));
            throw new ListRefused(problems.isEmpty()
                    ? List.of(new NumberedList.Problem(1, "no numbered item found")) : problems);
        }
        for (NumberedList.Item item : list.items()) {
            if (kind == ListKind.OUTCOMES) {
                outcomes.save(new Outcome(planId, item.number(), item.text()));
            } else {
                var r = new Recommendation(planId, item.number(), recommendationKind(kind), item.text());
                r.setThemeId(themeId);
                recommendations.save(r);
            }
        }
        return list.items().size();
    }

    /** A measure; baseline and target stay null where the record gives none. */
    @Transactional
    public Measure addMeasure(long planId, String name, String unit, BigDecimal baseline, BigDecimal target) {
        changed(editable(planId));
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
        changed(editable(measure.getPlanId()));
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

    private void changed(Plan plan) {
        if (plan.getId() != null) {
            events.publishEvent(new PlanChanged(plan.getId(), plan.getBodyId()));
        }
    }

    private void requireOwnTheme(long planId, long themeId) {
        Theme theme = themes.findById(themeId).orElseThrow(() -> new NoSuchElementException("No theme " + themeId));
        if (!theme.getPlanId().equals(planId)) {
            throw new IllegalArgumentException("That theme belongs to another plan");
        }
    }

    private void requireOwnRecommendation(long planId, long recommendationId) {
        Recommendation r = recommendations.findById(recommendationId)
                .orElseThrow(() -> new NoSuchElementException("No recommendation " + recommendationId));
        if (!r.getPlanId().equals(planId)) {
            throw new IllegalArgumentException("That recommendation belongs to another plan");
        }
    }

    private static void requireVersion(long current, long seen, String what) {
        if (current != seen) {
            throw new PlanConflict("Someone else has changed " + what + " since you opened it. Reload to see their change.");
        }
    }

    private static Recommendation.Kind recommendationKind(ListKind kind) {
        return kind == ListKind.AREAS_FOR_IMPROVEMENT ? Recommendation.Kind.AREA_FOR_IMPROVEMENT
                : Recommendation.Kind.RECOMMENDATION;
    }

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
