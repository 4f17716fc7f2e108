package org.minutebook.actions;

/**
 * An action raised at a meeting was recorded, or progress on it reported: published inside the transaction so the
 * live layer can show it to everyone following the meeting after commit. Ids only.
 *
 * @param meetingId the meeting whose minutes raised the action
 * @param itemId the agenda item it came from
 */
public record ActionRecorded(long meetingId, long actionId, long itemId) {
}
