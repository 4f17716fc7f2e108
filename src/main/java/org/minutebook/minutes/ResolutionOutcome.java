package org.minutebook.minutes;

public enum ResolutionOutcome {
    AGREED, NOT_AGREED, DEFERRED
}
