package org.minutebook.actions;

/**
 * Progress was reported on an action or its status changed. Published inside the service's transaction; listen
 * with {@code @TransactionalEventListener} (or Modulith's {@code @ApplicationModuleListener}) to act after commit,
 * as the plan's dashboard does to refresh its roll-up. Ids only.
 *
 * @param actionId the action
 * @param bodyId   the body whose tracker holds it
 * @param status   its status after the change
 */
public record ActionChanged(long actionId, long bodyId, ActionStatus status) {
}
