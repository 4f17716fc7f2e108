package org.minutebook.publication;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.minutebook.meeting.Meeting;
import org.minutebook.people.Body;
import org.minutebook.shared.UkTime;

/**
 * A body's meetings as an iCalendar feed (ical4j) that calendar apps subscribe to: times in Europe/London with its
 * VTIMEZONE, so a meeting stays at 10.30am across the clocks changing; a cancelled meeting stays in the feed as
 * STATUS:CANCELLED (so subscribers' calendars drop it) and a postponed one as TENTATIVE. UIDs are the meeting's id,
 * so an edited meeting updates the same event rather than adding another. Meetings with no date are left out.
 */
final class MeetingCalendar {

    /** Councils rarely record an end; two hours is what their calendars show by default. */
    static final Duration USUAL_LENGTH = Duration.ofHours(2);

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private MeetingCalendar() {
    }

    static String of(Body body, List<Meeting> meetings, String siteUrl, Instant now) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Minutebook//Meetings of " + body.getName() + "//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH)
                .add(new XProperty("X-WR-CALNAME", body.getName()))
                .add(new XProperty("X-WR-TIMEZONE", UkTime.ZONE.getId()));
        calendar.add(ZONES.getTimeZone(UkTime.ZONE.getId()).getVTimeZone());
        for (Meeting m : meetings) {
            if (m.getStartsAt() == null) {
                continue;
            }
            ZonedDateTime start = m.getStartsAt().atZone(UkTime.ZONE);
            ZonedDateTime end = m.getEndsAt() != null && m.getEndsAt().isAfter(m.getStartsAt())
                    ? m.getEndsAt().atZone(UkTime.ZONE) : start.plus(USUAL_LENGTH);
            String summary = body.getName() + switch (m.getStatus()) {
                case CANCELLED -> " (cancelled)";
                case POSTPONED -> " (postponed)";
                default -> "";
            };
            URI page = URI.create(siteUrl + "/public/meetings/" + m.getId());
            VEvent event = new VEvent(start, end, summary)
                    .add(new Uid("minutebook-meeting-" + m.getId()))
                    .add(new DtStamp(now))
                    .add(new Url(page))
                    .add(new Description("Agenda, papers and minutes: " + page))
                    .add(switch (m.getStatus()) {
                        case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
                        case POSTPONED -> ImmutableStatus.VEVENT_TENTATIVE;
                        default -> ImmutableStatus.VEVENT_CONFIRMED;
                    });
            if (m.getVenue() != null) {
                event.add(new Location(m.getVenue()));
            }
            if (m.getUpdatedAt() != null) {
                event.add(new LastModified(m.getUpdatedAt()));
            }
            calendar.add(event);
        }
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("The meetings calendar is not valid iCalendar", e);
        }
        return out.toString();
    }
}
