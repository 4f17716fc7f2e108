package org.minutebook.actions;

public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE, DROPPED;

    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
