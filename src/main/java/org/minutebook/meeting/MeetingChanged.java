package org.minutebook.meeting;

/**
 * Something about a meeting changed that everyone following it must see: published inside the transaction,
 * delivered by the live layer after commit. Carries ids only; listeners read what they need once.
 */
public record MeetingChanged(long meetingId, Aspect aspect, Long itemId) {

    public enum Aspect {
        /** SCHEDULED → LIVE → CLOSED … */
        STATUS,
        /** The chair opened another item (or none). */
        CURRENT_ITEM,
        /** An item's status or outcome, or the agenda itself (added, moved, urgent item). */
        AGENDA,
        ATTENDANCE,
        DECLARATIONS,
        SPEAKERS
    }
}
