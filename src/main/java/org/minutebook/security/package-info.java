/**
 * Who may see and do what. {@link org.minutebook.security.AccessPolicy} is the one place these rules live:
 * every page, export, feed, API and stream asks it rather than deciding for itself.
 *
 * <p>The policy is pure Java over small fact records ({@link org.minutebook.security.MeetingFacts},
 * {@link org.minutebook.security.ItemFacts}, {@link org.minutebook.security.ActionFacts}) so it depends only on
 * {@code people}; the meeting, minutes and actions features depend on this package, not the other way round.
 * For the same reason the status enums the rules turn on ({@link org.minutebook.security.MeetingStatus},
 * {@link org.minutebook.security.AgendaStatus}, {@link org.minutebook.security.MinutesStatus}) are defined here and
 * the meeting entities use them directly; the meeting feature owns their transitions.
 */
package org.minutebook.security;
