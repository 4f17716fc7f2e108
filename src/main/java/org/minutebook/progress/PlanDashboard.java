package org.minutebook.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.minutebook.actions.ActionStatus;
import org.minutebook.plan.Measure;
import org.minutebook.plan.MilestoneStatus;
import org.minutebook.plan.Rag;

/**
 * Everything the dashboard of one plan shows, read at one moment for one viewer.
 *
 * @param overall  the whole plan's status, rolled up from its groups and the plan's own milestones
 * @param groups   one per theme in the plan's order, then the recommendations under no theme
 * @param actions  the actions serving the plan that the viewer may see, overdue first (longest overdue first)
 * @param declaredRecommendations, declaredOutcomes the counts a record gave without the text, or null
 */
public record PlanDashboard(long planId, long bodyId, String title, String bodyName, LocalDate today, Rag overall,
                            List<Group> groups, List<ActionRow> actions, List<MilestoneRow> milestones,
                            List<Measure> measures, int actionCount, Integer declaredRecommendations,
                            Integer declaredOutcomes, int recommendationCount, int outcomeCount) {

    /** A theme (or "Not under a theme", themeId null) with its own status and its recommendations'. */
    public record Group(Long themeId, String title, Rag rag, Counts counts, List<RecommendationRow> recommendations) {
    }

    /** One recommendation or area for improvement; {@code label} is "Area 12" or "Recommendation 3". */
    public record RecommendationRow(long id, String label, String text, Rag rag, Counts counts) {
    }

    /** Actions serving an element (directly or through its recommendations), each counted once. */
    public record Counts(int actions, int open, int done, int overdue, int dueSoon) {
    }

    /**
     * An action serving the plan, with the owner's name (a person or an organisation), what it serves, and whether
     * the viewer may report progress on it. {@code daysLate} is 0 unless overdue.
     */
    public record ActionRow(long id, String description, String owner, LocalDate due, String dueText, ActionStatus status,
                            boolean overdue, boolean dueSoon, long daysLate, String serves, boolean canReport) {
    }

    /** The overdue actions, longest overdue first. */
    public List<ActionRow> overdue() {
        return actions.stream().filter(ActionRow::overdue).toList();
    }

    /** How many overdue actions each owner has, most first. */
    public java.util.Map<String, Long> overdueByOwner() {
        var counts = new java.util.LinkedHashMap<String, Long>();
        overdue().forEach(a -> counts.merge(a.owner(), 1L, Long::sum));
        var sorted = new java.util.LinkedHashMap<String, Long>();
        counts.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** A milestone on the timeline; {@code missed} is true when marked missed or still planned after its date. */
    public record MilestoneRow(long id, long version, String title, LocalDate due, String dueText, MilestoneStatus status,
                               boolean missed, String serves) {
    }

    /** A measure's latest reading, or null. */
    public static BigDecimal latest(Measure m) {
        return m.getValues().isEmpty() ? null : m.getValues().getLast().value();
    }
}
