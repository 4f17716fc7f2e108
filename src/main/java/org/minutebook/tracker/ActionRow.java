package org.minutebook.tracker;

import org.minutebook.actions.ActionStatus;
import org.minutebook.actions.DueState;

/**
 * One action as the list, the exports and the public tracker show it, every name and number already resolved.
 *
 * @param source     where it came from in words: "Health and Wellbeing Board, 12 July 2019: item 14, minute 14.6"
 * @param sourcePath the meeting page, at the minute paragraph where known, or null
 * @param paragraph  the minute paragraph's number ("14.6"), or null
 * @param serves     the plan elements it serves, "; "-separated, or ""
 */
public record ActionRow(long id, long version, long bodyId, String body, String description, String owner,
                        ActionStatus status, String due, DueState dueState, String meeting, String item,
                        String paragraph, String source, String sourcePath, String serves, boolean canUpdate) {

    /** "Open", "In progress" … */
    public String statusLabel() {
        return org.minutebook.actions.ActionService.label(status);
    }

    /** The due date with its flag in words: "31 July 2019 — Overdue". */
    public String dueWithState() {
        String flag = dueState.label();
        return flag.isEmpty() ? due : due + " — " + flag;
    }
}
