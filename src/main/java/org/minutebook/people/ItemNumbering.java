package org.minutebook.people;

/** How a body numbers the items of its meetings. */
public enum ItemNumbering {
    /** Items restart at the meeting's starting number (usually 1) each meeting. */
    PER_MEETING,
    /** Items run on through the municipal year: each meeting starts where the clerk sets it (minute 233). */
    RUNNING,
    /** Items carry no number in the record (seed 003). */
    NONE
}
