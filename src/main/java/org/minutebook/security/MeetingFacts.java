package org.minutebook.security;

import java.util.Objects;

/**
 * What the policy needs to know about a meeting. Callers build it from their entity; the policy never loads anything.
 *
 * @param bodyId  the body the meeting belongs to
 * @param status  where the meeting stands
 * @param agenda  whether its agenda is published
 * @param minutes where its minutes stand ({@link MinutesStatus#DRAFT} before any record exists)
 */
public record MeetingFacts(long bodyId, MeetingStatus status, AgendaStatus agenda, MinutesStatus minutes) {

    public MeetingFacts {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(agenda, "agenda");
        Objects.requireNonNull(minutes, "minutes");
    }
}
