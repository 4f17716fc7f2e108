package org.minutebook.publication;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.MeetingService;
import org.minutebook.people.Body;
import org.minutebook.people.PeopleService;
import org.minutebook.security.CurrentViewer;
import org.minutebook.security.Viewer;
import org.minutebook.shared.UkTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The calendar of meetings, a month at a time, for all bodies or one: a grid of weeks (Monday first) in UK time, each
 * day listing its meetings with their time, body and status (cancelled and postponed ones stay where they were).
 * Without a month it shows the current one; previous and next are plain links, so it needs no JavaScript.
 */
@Controller
class CalendarController {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h.mma", Locale.UK);

    private final PeopleService people;
    private final MeetingService meetings;
    private final CurrentViewer viewer;
    private final Clock clock;

    CalendarController(PeopleService people, MeetingService meetings, CurrentViewer viewer, Clock clock) {
        this.people = people;
        this.meetings = meetings;
        this.viewer = viewer;
        this.clock = clock;
    }

    /** One meeting in a day's cell. */
    record Entry(String time, String bodyName, MeetingListing listing) {
    }

    /** A day of the grid; {@code inMonth} false for the days of the neighbouring months that fill the first and last week. */
    record Day(LocalDate date, boolean inMonth, boolean today, List<Entry> entries) {
        public int number() {
            return date.getDayOfMonth();
        }

        public String label() {
            return date.format(DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK));
        }
    }

    @GetMapping("/public/calendar")
    String all(@RequestParam(required = false) String month, Model model) {
        return calendar(null, month, model);
    }

    @GetMapping("/public/bodies/{id}/calendar")
    String ofBody(@PathVariable long id, @RequestParam(required = false) String month, Model model) {
        return calendar(people.body(id), month, model);
    }

    private String calendar(Body body, String month, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
        YearMonth shown = parse(month, YearMonth.from(today));
        Viewer v = viewer.get();
        List<Body> bodies = body == null ? people.bodies() : List.of(body);
        Map<LocalDate, List<Entry>> byDay = bodies.stream()
                .flatMap(b -> meetings.meetingsOf(b.getId()).stream()
                        .filter(m -> m.getStartsAt() != null && YearMonth.from(m.getStartsAt().atZone(UkTime.ZONE)).equals(shown))
                        .sorted(Comparator.comparing(Meeting::getStartsAt))
                        .map(m -> Map.entry(m.getStartsAt().atZone(UkTime.ZONE).toLocalDate(), new Entry(
                                TIME.format(m.getStartsAt().atZone(UkTime.ZONE)).replace("AM", "am").replace("PM", "pm"),
                                b.getName(), MeetingListing.of(m, v)))))
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));

        List<List<Day>> weeks = new ArrayList<>();
        LocalDate day = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        while (!day.isAfter(end)) {
            List<Day> week = new ArrayList<>(7);
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                week.add(new Day(day, YearMonth.from(day).equals(shown), day.equals(today),
                        byDay.getOrDefault(day, List.of())));
            }
            weeks.add(week);
        }
        String base = body == null ? "/public/calendar" : "/public/bodies/" + body.getId() + "/calendar";
        model.addAttribute("body", body);
        model.addAttribute("bodies", people.bodies());
        model.addAttribute("monthName", MONTH.format(shown));
        model.addAttribute("weeks", weeks);
        model.addAttribute("meetingCount", byDay.values().stream().mapToInt(List::size).sum());
        model.addAttribute("previous", base + "?month=" + shown.minusMonths(1));
        model.addAttribute("next", base + "?month=" + shown.plusMonths(1));
        model.addAttribute("previousName", MONTH.format(shown.minusMonths(1)));
        model.addAttribute("nextName", MONTH.format(shown.plusMonths(1)));
        model.addAttribute("month", shown.toString());
        return "public/calendar";
    }

    private static YearMonth parse(String month, YearMonth otherwise) {
        if (month == null || month.isBlank()) {
            return otherwise;
        }
        try {
            YearMonth m = YearMonth.parse(month.strip());
            // A calendar far outside any council's life is a mistyped address, not a month to show.
            return m.getYear() < 1900 || m.getYear() > 2200 ? otherwise : m;
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }
}
