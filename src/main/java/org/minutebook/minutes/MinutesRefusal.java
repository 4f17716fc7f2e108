package org.minutebook.minutes;

/** A lifecycle step the minutes' state does not allow, with the reason named so pages and tests can tell them apart. */
public class MinutesRefusal extends IllegalStateException {

    public enum Reason {
        MEETING_NOT_CLOSED("The minutes move on only after the meeting has closed"),
        DRAFT_ALREADY_PUBLISHED("The draft has already been published"),
        ALREADY_APPROVED("These minutes are already approved"),
        NOT_PUT_FOR_APPROVAL("The chair must first put the minutes for approval at the next meeting"),
        NOT_APPROVED("Minutes are published once approved"),
        ALREADY_PUBLISHED("These minutes are already published"),
        NOT_PUBLISHED("Only published minutes are corrected by a new version"),
        SUGGESTIONS_PENDING("Accept or reject every suggested correction before the minutes are approved"),
        NOT_A_DRAFT("Corrections are suggested while the minutes are a draft"),
        NOT_THE_NEXT_MEETING("Minutes are approved at the \"Minutes of the previous meeting\" item of a later meeting of the same body"),
        APPROVING_MEETING_NOT_HELD("The approving meeting must be taking place, or have taken place with its own minutes still a draft"),
        ALREADY_DECIDED("This suggestion has already been answered");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    private final Reason reason;

    public MinutesRefusal(Reason reason) {
        super(reason.message());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
