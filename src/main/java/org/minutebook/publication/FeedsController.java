package org.minutebook.publication;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.MeetingService;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.Body;
import org.minutebook.people.PeopleService;
import org.minutebook.security.AccessPolicy;
import org.minutebook.security.MeetingStatus;
import org.minutebook.security.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Feeds to subscribe to: a body's meetings as iCalendar, and newly published minutes as Atom (per body and overall). */
@Controller
class FeedsController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final PeopleService people;
    private final MeetingService meetings;
    private final MinutesService minutes;
    private final Clock clock;

    FeedsController(PeopleService people, MeetingService meetings, MinutesService minutes, Clock clock) {
        this.people = people;
        this.meetings = meetings;
        this.minutes = minutes;
        this.clock = clock;
    }

    @GetMapping("/public/bodies/{id}/meetings.ics")
    ResponseEntity<String> calendar(@PathVariable long id) {
        Body body = people.body(id);
        return ResponseEntity.ok().contentType(CALENDAR)
                .body(MeetingCalendar.of(body, meetings.meetingsOf(id), site(), clock.instant()));
    }

    @GetMapping("/public/bodies/{id}/minutes.atom")
    ResponseEntity<String> bodyMinutes(@PathVariable long id) {
        Body body = people.body(id);
        String site = site();
        return ResponseEntity.ok().contentType(ATOM).body(MinutesFeed.of("Minutes of the " + body.getName(),
                site + "/public/bodies/" + id + "/minutes.atom", site + "/public/bodies/" + id, published(List.of(body)), site));
    }

    @GetMapping("/public/minutes.atom")
    ResponseEntity<String> allMinutes() {
        String site = site();
        return ResponseEntity.ok().contentType(ATOM).body(MinutesFeed.of("Minutes of all boards and committees",
                site + "/public/minutes.atom", site + "/", published(people.bodies()), site));
    }

    @ExceptionHandler({NoSuchElementException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("No such board or committee.");
    }

    // Minutes the public can read: published, or a draft the body published early. Not a meeting in progress: its
    // record is still being written, and the feed announces minutes, not meetings.
    private List<MinutesFeed.Published> published(List<Body> bodies) {
        Viewer anyone = Viewer.anonymous();
        List<MinutesFeed.Published> found = new ArrayList<>();
        for (Body body : bodies) {
            for (Meeting m : meetings.meetingsOf(body.getId())) {
                if (m.getStatus() != MeetingStatus.LIVE
                        && AccessPolicy.minutesAccess(anyone, MeetingService.facts(m)).isVisible()) {
                    found.add(new MinutesFeed.Published(minutes.recordFor(m.getId(), false),
                            m.getUpdatedAt() != null ? m.getUpdatedAt() : m.getCreatedAt()));
                }
            }
        }
        return found;
    }

    private static String site() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
