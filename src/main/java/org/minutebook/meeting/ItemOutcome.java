package org.minutebook.meeting;

/** How a DONE item ended: with a resolution, or noted for information. */
public enum ItemOutcome {
    RESOLVED, NOTED
}
