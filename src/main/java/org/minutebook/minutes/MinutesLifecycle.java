package org.minutebook.minutes;

import static org.minutebook.minutes.MinutesRefusal.Reason.ALREADY_APPROVED;
import static org.minutebook.minutes.MinutesRefusal.Reason.ALREADY_PUBLISHED;
import static org.minutebook.minutes.MinutesRefusal.Reason.DRAFT_ALREADY_PUBLISHED;
import static org.minutebook.minutes.MinutesRefusal.Reason.MEETING_NOT_CLOSED;
import static org.minutebook.minutes.MinutesRefusal.Reason.NOT_APPROVED;
import static org.minutebook.minutes.MinutesRefusal.Reason.NOT_PUBLISHED;
import static org.minutebook.minutes.MinutesRefusal.Reason.NOT_PUT_FOR_APPROVAL;

import java.util.Objects;
import org.minutebook.security.MeetingStatus;
import org.minutebook.security.MinutesStatus;

/**
 * The minutes' state machine, as a pure function: DRAFT → (DRAFT_PUBLISHED) → put for approval → APPROVED →
 * PUBLISHED → corrected versions. Who may take a step is the access policy's business; this says only whether the
 * step makes sense now, and refuses with a named reason when it does not.
 *
 * @param meeting        the meeting's own status (minutes move on only once it has closed)
 * @param minutes        where the minutes stand
 * @param putForApproval whether the chair has put them to a later meeting
 */
public record MinutesLifecycle(MeetingStatus meeting, MinutesStatus minutes, boolean putForApproval) {

    public MinutesLifecycle {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(minutes, "minutes");
    }

    /** The state after the step, or a {@link MinutesRefusal} naming why not. */
    public MinutesLifecycle after(MinutesStep step) {
        if (meeting != MeetingStatus.CLOSED) {
            throw new MinutesRefusal(MEETING_NOT_CLOSED);
        }
        return switch (step) {
            case PUBLISH_DRAFT -> switch (minutes) {
                case DRAFT -> with(MinutesStatus.DRAFT_PUBLISHED);
                case DRAFT_PUBLISHED -> throw new MinutesRefusal(DRAFT_ALREADY_PUBLISHED);
                case APPROVED, PUBLISHED -> throw new MinutesRefusal(ALREADY_APPROVED);
            };
            case PUT_FOR_APPROVAL -> {
                requireDraft();
                yield new MinutesLifecycle(meeting, minutes, true);
            }
            case SIGN_OFF -> {
                requireDraft();
                if (!putForApproval) {
                    throw new MinutesRefusal(NOT_PUT_FOR_APPROVAL);
                }
                yield with(MinutesStatus.APPROVED);
            }
            case RECORD_APPROVAL -> {
                requireDraft();
                yield with(MinutesStatus.APPROVED);
            }
            case PUBLISH -> switch (minutes) {
                case APPROVED -> with(MinutesStatus.PUBLISHED);
                case PUBLISHED -> throw new MinutesRefusal(ALREADY_PUBLISHED);
                case DRAFT, DRAFT_PUBLISHED -> throw new MinutesRefusal(NOT_APPROVED);
            };
            case CORRECT_PUBLISHED -> {
                if (minutes != MinutesStatus.PUBLISHED) {
                    throw new MinutesRefusal(NOT_PUBLISHED);
                }
                yield this;
            }
        };
    }

    /** Whether the step would be allowed now: for showing or hiding a button, never instead of {@link #after}. */
    public boolean allows(MinutesStep step) {
        try {
            after(step);
            return true;
        } catch (MinutesRefusal refused) {
            return false;
        }
    }

    /** Still a draft (published early or not): the clerk edits it and members suggest corrections. */
    public boolean isDraft() {
        return minutes == MinutesStatus.DRAFT || minutes == MinutesStatus.DRAFT_PUBLISHED;
    }

    private void requireDraft() {
        if (!isDraft()) {
            throw new MinutesRefusal(ALREADY_APPROVED);
        }
    }

    private MinutesLifecycle with(MinutesStatus next) {
        return new MinutesLifecycle(meeting, next, putForApproval);
    }
}
