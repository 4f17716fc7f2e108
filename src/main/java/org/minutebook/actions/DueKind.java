package org.minutebook.actions;

/** When an action is due: a date, "the next meeting", or not said. */
public enum DueKind {
    DATE, NEXT_MEETING, NONE
}
