package org.minutebook.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Councils publish times in UK local time (GMT or BST), whatever the server's zone. */
public final class UkTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, h.mma", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private UkTime() {
    }

    /** "Tuesday 9 December 2026, 10.30am", or the fallback when the record gives no date. */
    public static String dateTime(Instant instant, String whenUnknown) {
        if (instant == null) {
            return whenUnknown;
        }
        return DATE_TIME.format(instant.atZone(ZONE)).replace("AM", "am").replace("PM", "pm");
    }

    public static String date(Instant instant, String whenUnknown) {
        return instant == null ? whenUnknown : DATE.format(instant.atZone(ZONE));
    }
}
