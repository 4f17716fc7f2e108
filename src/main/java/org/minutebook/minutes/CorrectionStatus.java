package org.minutebook.minutes;

/** Where a member's suggested correction stands. */
public enum CorrectionStatus {
    PENDING("Awaiting the clerk"),
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    private final String label;

    CorrectionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
