package org.minutebook.security;

/** What a viewer may see of a meeting's minutes, and whether to mark them as draft. */
public enum MinutesAccess {
    /** Not shown at all, not even that a draft exists. */
    HIDDEN,
    /** Shown, marked "Draft — subject to approval". */
    DRAFT_MARKED,
    /** Shown as the approved record. */
    FINAL;

    public boolean isVisible() {
        return this != HIDDEN;
    }

    /** True when the caller must mark the minutes "Draft — subject to approval". */
    public boolean isDraft() {
        return this == DRAFT_MARKED;
    }
}
