package org.minutebook.people;

/** How a body numbers the items of its meetings. */
public enum ItemNumbering {
    /** Items restart at the meeting's starting number (usually 1) each meeting. */
    PER_MEETING("Start again at 1 each meeting"),
    /** Items run on through the municipal year: each meeting starts where the clerk sets it (minute 233). */
    RUNNING("Carry on through the municipal year"),
    /** Items carry no number in the record (seed 003). */
    NONE("No item numbers");

    private final String label;

    ItemNumbering(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
