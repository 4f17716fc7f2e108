package org.minutebook.actions;

/**
 * An action of a body was recorded or its progress reported, whether or not a meeting raised it: for views that
 * follow a body's actions rather than one meeting (the plan dashboard). Ids only; published inside the transaction.
 */
public record ActionChanged(long actionId, long bodyId) {
}
