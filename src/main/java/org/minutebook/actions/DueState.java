package org.minutebook.actions;

import java.time.LocalDate;

/** Where an open action stands against its due date; said in words on every page, never by colour alone. */
public enum DueState {
    OVERDUE("Overdue"), DUE_SOON("Due soon"), LATER(""), NOT_DATED(""), CLOSED("");

    /** "Due soon" means due within this many days from today, today included. */
    public static final int SOON_DAYS = 14;

    private final String label;

    DueState(String label) {
        this.label = label;
    }

    /** The words shown beside the due date, or "" when there is nothing to flag. */
    public String label() {
        return label;
    }

    public static DueState of(Action action, LocalDate today) {
        if (!action.getStatus().isOpen()) {
            return CLOSED;
        }
        LocalDate due = action.getDueDate();
        if (due == null) {
            return NOT_DATED;
        }
        if (due.isBefore(today)) {
            return OVERDUE;
        }
        return due.isAfter(today.plusDays(SOON_DAYS)) ? LATER : DUE_SOON;
    }
}
