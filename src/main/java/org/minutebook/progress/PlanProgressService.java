package org.minutebook.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.minutebook.actions.Action;
import org.minutebook.actions.ActionService;
import org.minutebook.actions.ActionStatus;
import org.minutebook.actions.PlanLink;
import org.minutebook.people.Organisation;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Person;
import org.minutebook.plan.Milestone;
import org.minutebook.plan.PlanDetails;
import org.minutebook.plan.PlanService;
import org.minutebook.plan.Rag;
import org.minutebook.plan.RagRule;
import org.minutebook.plan.Recommendation;
import org.minutebook.plan.Theme;
import org.minutebook.shared.UkTime;
import org.springframework.stereotype.Service;

/**
 * Reads a plan and the actions serving it and applies {@link RagRule}. The access checks are the two features'
 * own: {@link PlanService#plan} refuses a viewer who may not see the plan, and {@link ActionService#actionsOfBody}
 * returns only the actions the viewer may see. "Today" is the UK date by the application's clock.
 */
@Service
public class PlanProgressService {

    private final PlanService plans;
    private final ActionService actions;
    private final PeopleService people;
    private final Clock clock;

    PlanProgressService(PlanService plans, ActionService actions, PeopleService people, Clock clock) {
        this.plans = plans;
        this.actions = actions;
        this.people = people;
        this.clock = clock;
    }

    public PlanDashboard dashboard(long planId) {
        PlanDetails plan = plans.plan(planId);
        long bodyId = plan.plan().getBodyId();
        RagRule rule = new RagRule(LocalDate.now(clock.withZone(UkTime.ZONE)));

        Set<Long> themeIds = new HashSet<>();
        plan.themes().forEach(t -> themeIds.add(t.getId()));
        Set<Long> recommendationIds = new HashSet<>();
        plan.recommendations().forEach(r -> recommendationIds.add(r.getId()));
        Set<Long> outcomeIds = new HashSet<>();
        plan.outcomes().forEach(o -> outcomeIds.add(o.getId()));

        // The actions serving this plan, and for each theme and recommendation the actions linked to it.
        List<Action> serving = new ArrayList<>();
        Map<Long, List<Action>> byTheme = new HashMap<>();
        Map<Long, List<Action>> byRecommendation = new HashMap<>();
        for (Action a : actions.actionsOfBody(bodyId)) {
            boolean serves = false;
            for (PlanLink link : a.getPlanLinks()) {
                switch (link.kind()) {
                    case THEME -> {
                        if (themeIds.contains(link.elementId())) {
                            byTheme.computeIfAbsent(link.elementId(), id -> new ArrayList<>()).add(a);
                            serves = true;
                        }
                    }
                    case RECOMMENDATION -> {
                        if (recommendationIds.contains(link.elementId())) {
                            byRecommendation.computeIfAbsent(link.elementId(), id -> new ArrayList<>()).add(a);
                            serves = true;
                        }
                    }
                    case OUTCOME -> serves |= outcomeIds.contains(link.elementId());
                }
            }
            if (serves) {
                serving.add(a);
            }
        }

        Map<Long, List<Milestone>> milestonesByTheme = new HashMap<>();
        Map<Long, List<Milestone>> milestonesByRecommendation = new HashMap<>();
        List<Milestone> planMilestones = new ArrayList<>();
        for (Milestone m : plan.milestones()) {
            if (m.getRecommendationId() != null) {
                milestonesByRecommendation.computeIfAbsent(m.getRecommendationId(), id -> new ArrayList<>()).add(m);
            } else if (m.getThemeId() != null) {
                milestonesByTheme.computeIfAbsent(m.getThemeId(), id -> new ArrayList<>()).add(m);
            } else {
                planMilestones.add(m);
            }
        }

        List<PlanDashboard.Group> groups = new ArrayList<>();
        for (Theme theme : plan.themes()) {
            List<Recommendation> under = plan.recommendations().stream()
                    .filter(r -> theme.getId().equals(r.getThemeId())).toList();
            List<Action> own = byTheme.getOrDefault(theme.getId(), List.of());
            Rag ownRag = judge(rule, own, milestonesByTheme.getOrDefault(theme.getId(), List.of()));
            groups.add(group(rule, theme.getId(), theme.getTitle(), under, own, ownRag, byRecommendation,
                    milestonesByRecommendation));
        }
        List<Recommendation> loose = plan.recommendations().stream().filter(r -> r.getThemeId() == null).toList();
        if (!loose.isEmpty()) {
            groups.add(group(rule, null, "Not under a theme", loose, List.of(), Rag.NOT_STARTED, byRecommendation,
                    milestonesByRecommendation));
        }

        List<Rag> parts = new ArrayList<>(groups.stream().map(PlanDashboard.Group::rag).toList());
        if (!planMilestones.isEmpty()) {
            parts.add(judge(rule, List.of(), planMilestones));
        }
        Rag overall = RagRule.rollUp(parts);

        Labels labels = new Labels(plan);
        List<PlanDashboard.ActionRow> rows = actionRows(rule, serving, labels);
        List<PlanDashboard.MilestoneRow> timeline = plan.milestones().stream()
                .map(m -> new PlanDashboard.MilestoneRow(m.getId(), m.getVersion(), m.getTitle(), m.getDueDate(),
                        m.getDueText(), m.getStatus(), rule.missed(milestoneFact(m)), labels.ofMilestone(m)))
                .toList();
        return new PlanDashboard(planId, bodyId, plan.plan().getTitle(), people.body(bodyId).getName(), rule.today(),
                overall, groups, rows, timeline, plan.measures(), serving.size(),
                plan.plan().getDeclaredRecommendations(), plan.plan().getDeclaredOutcomes(),
                plan.recommendations().size(), plan.outcomes().size());
    }

    private PlanDashboard.Group group(RagRule rule, Long themeId, String title, List<Recommendation> under,
                                      List<Action> own, Rag ownRag, Map<Long, List<Action>> byRecommendation,
                                      Map<Long, List<Milestone>> milestonesByRecommendation) {
        List<PlanDashboard.RecommendationRow> rows = new ArrayList<>();
        Set<Action> all = new LinkedHashSet<>(own);
        List<Rag> parts = new ArrayList<>();
        for (Recommendation r : under) {
            List<Action> linked = byRecommendation.getOrDefault(r.getId(), List.of());
            all.addAll(linked);
            Rag rag = judge(rule, linked, milestonesByRecommendation.getOrDefault(r.getId(), List.of()));
            parts.add(rag);
            rows.add(new PlanDashboard.RecommendationRow(r.getId(), Labels.of(r), r.getText(), rag, counts(rule, linked)));
        }
        // The theme's own work counts only once something is linked to it, so a theme whose recommendations are all
        // complete is complete even if nothing was linked to the theme itself.
        if (ownRag != Rag.NOT_STARTED) {
            parts.add(ownRag);
        }
        return new PlanDashboard.Group(themeId, title, RagRule.rollUp(parts), counts(rule, all), rows);
    }

    private static Rag judge(RagRule rule, Collection<Action> linked, Collection<Milestone> milestones) {
        return rule.judge(linked.stream().map(PlanProgressService::actionFact).toList(),
                milestones.stream().map(PlanProgressService::milestoneFact).toList());
    }

    private static PlanDashboard.Counts counts(RagRule rule, Collection<Action> linked) {
        int open = 0, done = 0, overdue = 0, soon = 0;
        LocalDate horizon = rule.today().plusDays(RagRule.DUE_SOON_DAYS);
        for (Action a : linked) {
            RagRule.ActionFact f = actionFact(a);
            if (f.open()) {
                open++;
                if (rule.overdue(f)) {
                    overdue++;
                } else if (f.dueDate() != null && !f.dueDate().isAfter(horizon)) {
                    soon++;
                }
            }
            if (f.done()) {
                done++;
            }
        }
        return new PlanDashboard.Counts(linked.size(), open, done, overdue, soon);
    }

    private List<PlanDashboard.ActionRow> actionRows(RagRule rule, List<Action> serving, Labels labels) {
        Map<Long, Person> persons = people.peopleById(serving.stream().map(Action::getOwnerPersonId)
                .filter(Objects::nonNull).toList());
        Map<Long, Organisation> organisations = people.organisationsById(serving.stream()
                .map(Action::getOwnerOrganisationId).filter(Objects::nonNull).toList());
        LocalDate horizon = rule.today().plusDays(RagRule.DUE_SOON_DAYS);
        return serving.stream()
                .map(a -> {
                    RagRule.ActionFact f = actionFact(a);
                    boolean overdue = rule.overdue(f);
                    boolean soon = !overdue && f.open() && f.dueDate() != null && !f.dueDate().isAfter(horizon);
                    return new PlanDashboard.ActionRow(a.getId(), a.getDescription(), owner(a, persons, organisations),
                            a.getDueDate(), a.getDueText(), a.getStatus(), overdue, soon,
                            overdue ? ChronoUnit.DAYS.between(a.getDueDate(), rule.today()) : 0, labels.ofAction(a),
                            actions.canReportProgress(a.getId()));
                })
                .sorted(Comparator.comparing((PlanDashboard.ActionRow r) -> !r.overdue())
                        .thenComparing(r -> -r.daysLate())
                        .thenComparing(PlanDashboard.ActionRow::id))
                .toList();
    }

    private static String owner(Action a, Map<Long, Person> persons, Map<Long, Organisation> organisations) {
        if (a.getOwnerPersonId() != null && persons.containsKey(a.getOwnerPersonId())) {
            return persons.get(a.getOwnerPersonId()).getName();
        }
        if (a.getOwnerOrganisationId() != null && organisations.containsKey(a.getOwnerOrganisationId())) {
            return organisations.get(a.getOwnerOrganisationId()).getName();
        }
        return "No owner named";
    }

    static RagRule.ActionFact actionFact(Action a) {
        ActionStatus s = a.getStatus();
        return new RagRule.ActionFact(s.isOpen(), s == ActionStatus.DONE, a.getDueDate());
    }

    static RagRule.MilestoneFact milestoneFact(Milestone m) {
        return new RagRule.MilestoneFact(m.getStatus(), m.getDueDate());
    }

    /** Short names of plan elements: "Area 12", "Theme: Workforce". */
    private static final class Labels {
        private final Map<Long, String> themes = new HashMap<>();
        private final Map<Long, String> recommendations = new HashMap<>();
        private final Map<Long, String> outcomes = new HashMap<>();

        Labels(PlanDetails plan) {
            plan.themes().forEach(t -> themes.put(t.getId(), "Theme: " + t.getTitle()));
            plan.recommendations().forEach(r -> recommendations.put(r.getId(), of(r)));
            plan.outcomes().forEach(o -> outcomes.put(o.getId(), "Outcome " + o.getNumber()));
        }

        static String of(Recommendation r) {
            return (r.getKind() == Recommendation.Kind.AREA_FOR_IMPROVEMENT ? "Area " : "Recommendation ") + r.getNumber();
        }

        String ofAction(Action a) {
            List<String> names = new ArrayList<>();
            for (PlanLink l : a.getPlanLinks()) {
                String name = switch (l.kind()) {
                    case THEME -> themes.get(l.elementId());
                    case RECOMMENDATION -> recommendations.get(l.elementId());
                    case OUTCOME -> outcomes.get(l.elementId());
                };
                if (name != null) {
                    names.add(name);
                }
            }
            return String.join(", ", names);
        }

        String ofMilestone(Milestone m) {
            if (m.getRecommendationId() != null) {
                return recommendations.getOrDefault(m.getRecommendationId(), "");
            }
            return m.getThemeId() == null ? "The whole plan" : themes.getOrDefault(m.getThemeId(), "");
        }
    }
}
