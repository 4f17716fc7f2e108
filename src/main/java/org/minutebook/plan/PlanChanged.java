package org.minutebook.plan;

/**
 * Something in a plan changed (a part added or edited, a milestone's status, a measure's reading): published inside
 * the transaction so open dashboards refresh after commit. Ids only.
 */
public record PlanChanged(long planId, long bodyId) {
}
