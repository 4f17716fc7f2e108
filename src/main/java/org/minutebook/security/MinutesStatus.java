package org.minutebook.security;

/**
 * Where a meeting's minutes stand. Owned here for the same reason as {@link MeetingStatus}.
 * A meeting with no record yet is {@link #DRAFT}.
 */
public enum MinutesStatus {
    /** Being written or checked: insiders only. */
    DRAFT,
    /** Draft put out to the public ahead of approval, marked "Draft — subject to approval". */
    DRAFT_PUBLISHED,
    /** Approved as a correct record and signed, not yet published: insiders only. */
    APPROVED,
    /** The approved record, public. */
    PUBLISHED
}
