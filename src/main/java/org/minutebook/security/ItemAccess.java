package org.minutebook.security;

/** What a viewer may see of one agenda item, on the agenda or in the minutes. */
public enum ItemAccess {
    /** Nothing: the agenda or minutes it sits in are not visible to this viewer. */
    HIDDEN,
    /**
     * An exempt (Part II, Schedule 12A) item seen from outside: its number, title and exemption paragraph only.
     * No summary, recommendations, papers, minutes, decisions or actions.
     */
    TITLE_ONLY,
    /** Everything: summary, recommendations, papers, minutes and decisions. */
    FULL;

    public boolean isVisible() {
        return this != HIDDEN;
    }

    public boolean showsContent() {
        return this == FULL;
    }
}
