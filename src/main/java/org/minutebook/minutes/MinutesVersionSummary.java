package org.minutebook.minutes;

import java.time.Instant;

/** One published version of a meeting's minutes, without its snapshot. {@code reason} is null for version 1. */
public record MinutesVersionSummary(int number, Instant createdAt, String createdBy, String reason) {
}
