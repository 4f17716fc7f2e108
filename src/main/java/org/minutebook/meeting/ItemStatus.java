package org.minutebook.meeting;

/** PENDING → OPEN → DONE (resolved or noted) | DEFERRED | WITHDRAWN; DONE → OPEN again while the meeting is live. */
public enum ItemStatus {
    PENDING, OPEN, DONE, DEFERRED, WITHDRAWN
}
