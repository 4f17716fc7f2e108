package org.minutebook.security;

/**
 * Whether a meeting's agenda has been published. Owned here for the same reason as {@link MeetingStatus}.
 */
public enum AgendaStatus {
    /** Being prepared: the body's members, its clerk and admins only. */
    DRAFT,
    /** Out to the public, with its papers (exempt items excepted). */
    PUBLISHED
}
