package org.minutebook.meeting;

/** The items a new agenda starts from (the body's standard items). */
public enum StandardItem {
    APOLOGIES("Apologies for absence"),
    DECLARATIONS("Declarations of interest"),
    PREVIOUS_MINUTES("Minutes of the previous meeting"),
    MATTERS_ARISING("Matters arising and action log"),
    NEXT_MEETING("Date of next meeting");

    private final String title;

    StandardItem(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
