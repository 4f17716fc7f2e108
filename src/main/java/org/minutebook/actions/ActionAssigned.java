package org.minutebook.actions;

/**
 * An action was given an owner (a person or an organisation) when it was recorded. The reminders send a notice
 * after commit. Ids only.
 */
public record ActionAssigned(long actionId) {
}
