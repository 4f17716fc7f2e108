package org.minutebook.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Plan dates as the records write them ("31 July 2019"): plans speak of days, not times. */
public final class PlanDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private PlanDates() {
    }

    public static String day(LocalDate date) {
        return date == null ? "No date" : DAY.format(date);
    }
}
