package org.minutebook.plan;

/** Someone else changed the row since it was read: shown to the user, never silently overwritten. */
public class PlanConflict extends IllegalStateException {
    public PlanConflict(String message) {
        super(message);
    }
}
