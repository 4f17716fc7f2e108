package org.minutebook.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The roll-up rule (written out in the README, "Improvement plans and the RAG rule"). Pure: it is given the facts
 * and today's date and reads nothing, so every edge case is a unit test.
 *
 * <p>A recommendation (or a theme's own work) is judged on the actions and milestones linked to it:
 * <ol>
 *   <li>nothing linked (dropped actions do not count) → NOT_STARTED;</li>
 *   <li>an open action past its due date, or a milestone missed (marked missed, or still planned past its due
 *       date) → RED;</li>
 *   <li>an open action or planned milestone due within {@link #DUE_SOON_DAYS} days → AMBER;</li>
 *   <li>every action done or dropped (at least one done, or a milestone achieved) and every milestone achieved
 *       → COMPLETE;</li>
 *   <li>otherwise → GREEN.</li>
 * </ol>
 * A theme takes the worst of its recommendations and its own work: RED, then AMBER; COMPLETE only when every part
 * is complete; NOT_STARTED only when no part has started; GREEN otherwise.
 */
public final class RagRule {

    /** "Due soon" means within this many days from today, today included. */
    public static final int DUE_SOON_DAYS = 14;

    /** What the rule needs of an action: open or not, done or not, and the due date if it has one. */
    public record ActionFact(boolean open, boolean done, LocalDate dueDate) {
    }

    /** What the rule needs of a milestone. */
    public record MilestoneFact(MilestoneStatus status, LocalDate dueDate) {
        public MilestoneFact {
            Objects.requireNonNull(status, "status");
        }
    }

    private final LocalDate today;

    public RagRule(LocalDate today) {
        this.today = Objects.requireNonNull(today, "today");
    }

    public LocalDate today() {
        return today;
    }

    /** An action is overdue when it is still open and its due date has passed. */
    public boolean overdue(ActionFact action) {
        return action.open() && action.dueDate() != null && action.dueDate().isBefore(today);
    }

    /** A milestone is missed when marked so, or still planned after its due date. */
    public boolean missed(MilestoneFact milestone) {
        return milestone.status() == MilestoneStatus.MISSED
                || (milestone.status() == MilestoneStatus.PLANNED && milestone.dueDate() != null
                && milestone.dueDate().isBefore(today));
    }

    private boolean dueSoon(LocalDate due) {
        return due != null && !due.isBefore(today) && !due.isAfter(today.plusDays(DUE_SOON_DAYS));
    }

    /** The status of one element from the actions and milestones linked to it. */
    public Rag judge(Collection<ActionFact> actions, Collection<MilestoneFact> milestones) {
        List<ActionFact> counted = actions.stream().filter(a -> a.open() || a.done()).toList();
        if (counted.isEmpty() && milestones.isEmpty()) {
            return Rag.NOT_STARTED;
        }
        if (counted.stream().anyMatch(this::overdue) || milestones.stream().anyMatch(this::missed)) {
            return Rag.RED;
        }
        if (counted.stream().anyMatch(a -> a.open() && dueSoon(a.dueDate()))
                || milestones.stream().anyMatch(m -> m.status() == MilestoneStatus.PLANNED && dueSoon(m.dueDate()))) {
            return Rag.AMBER;
        }
        boolean actionsFinished = counted.stream().noneMatch(ActionFact::open);
        boolean milestonesAchieved = milestones.stream().allMatch(m -> m.status() == MilestoneStatus.ACHIEVED);
        return actionsFinished && milestonesAchieved ? Rag.COMPLETE : Rag.GREEN;
    }

    /** A theme's status from its parts: its recommendations' statuses and the status of its own linked work. */
    public static Rag rollUp(Collection<Rag> parts) {
        if (parts.isEmpty()) {
            return Rag.NOT_STARTED;
        }
        if (parts.contains(Rag.RED)) {
            return Rag.RED;
        }
        if (parts.contains(Rag.AMBER)) {
            return Rag.AMBER;
        }
        if (parts.stream().allMatch(p -> p == Rag.COMPLETE)) {
            return Rag.COMPLETE;
        }
        if (parts.stream().allMatch(p -> p == Rag.NOT_STARTED)) {
            return Rag.NOT_STARTED;
        }
        return Rag.GREEN;
    }
}
