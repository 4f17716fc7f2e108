package org.minutebook.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.minutebook.shared.UkTime;

/**
 * The filters the decisions list and the search share: a body and a date range, read leniently from the address (a
 * mistyped date is ignored and said so, never an error page).
 */
record PublicFilter(Long bodyId, LocalDate from, LocalDate to, String problem) {

    static PublicFilter of(String body, String from, String to) {
        Long bodyId = null;
        String problem = null;
        if (body != null && !body.isBlank()) {
            try {
                bodyId = Long.parseLong(body.strip());
            } catch (NumberFormatException e) {
                problem = "The board or committee chosen was not recognised, so all are shown.";
            }
        }
        LocalDate f = date(from);
        LocalDate t = date(to);
        if ((from != null && !from.isBlank() && f == null) || (to != null && !to.isBlank() && t == null)) {
            problem = "Dates must be written as year-month-day, for example 2025-07-23; the date was ignored.";
        }
        if (f != null && t != null && t.isBefore(f)) {
            problem = "The \"to\" date is before the \"from\" date, so the dates were swapped.";
            LocalDate swap = f;
            f = t;
            t = swap;
        }
        return new PublicFilter(bodyId, f, t, problem);
    }

    /** The first instant of the "from" day in UK time, or null. */
    Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(UkTime.ZONE).toInstant();
    }

    /** The first instant after the "to" day in UK time, or null. */
    Instant toInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay(UkTime.ZONE).toInstant();
    }

    boolean includes(long body, Instant startsAt) {
        if (bodyId != null && bodyId != body) {
            return false;
        }
        if (startsAt == null) {
            return from == null && to == null;
        }
        return (from == null || !startsAt.isBefore(fromInstant())) && (to == null || startsAt.isBefore(toInstant()));
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
