package org.minutebook.security;

/**
 * Where a meeting stands. Defined here, not in the meeting feature, because the access rules turn on it and this
 * package must not depend on meetings; meeting entities use this enum directly. The meeting feature owns the
 * transitions.
 */
public enum MeetingStatus {
    SCHEDULED,
    /** In progress: the record is being written as people watch, so it is public and marked draft. */
    LIVE,
    CLOSED,
    CANCELLED,
    POSTPONED
}
