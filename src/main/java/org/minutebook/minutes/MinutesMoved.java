package org.minutebook.minutes;

import org.minutebook.security.MinutesStatus;

/** A meeting's minutes took a lifecycle step (draft published, approved, published, corrected). */
public record MinutesMoved(long meetingId, MinutesStatus status) {
}
