package org.minutebook.publication;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.NoSuchElementException;
import org.minutebook.live.PublicStreams;
import java.util.List;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.minutes.MinutesLifecycleService;
import org.minutebook.minutes.MinutesVersionSummary;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.PeopleService;
import org.minutebook.security.MeetingStatus;
import org.minutebook.shared.UkTime;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A meeting's public page: its agenda and minutes exactly as {@link MinutesService#record} gives them to the
 * current viewer (for the public: published parts only, exempt items reduced to their title and notice).
 */
@Controller
class MeetingPageController {

    private final MinutesService minutes;
    private final PeopleService people;
    private final PublicStreams streams;
    private final MinutesLifecycleService lifecycle;

    MeetingPageController(MinutesService minutes, PeopleService people, PublicStreams streams,
                          MinutesLifecycleService lifecycle) {
        this.lifecycle = lifecycle;
        this.minutes = minutes;
        this.people = people;
        this.streams = streams;
    }

    @GetMapping("/public/meetings/{id}")
    String meeting(@PathVariable long id, Model model, HttpServletResponse response) {
        // The stream position first: an update committed while the page renders is then replayed, not lost.
        long seq = streams.latest(id);
        // Published minutes are read from their latest immutable version: one row, already assembled.
        MeetingRecord record = lifecycle.version(id, null).orElseGet(() -> minutes.record(id));
        return render(record, seq, null, model, response);
    }

    /** An earlier (or the current) published version of the minutes; every version stays readable. */
    @GetMapping("/public/meetings/{id}/minutes/versions/{number}")
    String version(@PathVariable long id, @PathVariable int number, Model model, HttpServletResponse response) {
        MeetingRecord record = lifecycle.version(id, number)
                .orElseThrow(() -> new NoSuchElementException("No version " + number + " of these minutes"));
        return render(record, 0, number, model, response);
    }

    private String render(MeetingRecord record, long seq, Integer versionAsked, Model model, HttpServletResponse response) {
        List<MinutesVersionSummary> versions = record.minutes().isVisible() && !record.draft()
                ? lifecycle.versions(record.meetingId()) : List.of();
        Integer shown = versionAsked != null ? versionAsked : versions.isEmpty() ? null : versions.getLast().number();
        model.addAttribute("versions", versions.stream().map(v -> VersionLine.of(record.meetingId(), v,
                v.number() == versions.getLast().number(), shown != null && v.number() == shown)).toList());
        model.addAttribute("versionShown", versions.stream().filter(v -> shown != null && v.number() == shown).findFirst()
                .map(v -> VersionLine.of(record.meetingId(), v, v.number() == versions.getLast().number(), true)).orElse(null));
        boolean live = record.status() == MeetingStatus.LIVE;
        model.addAttribute("live", live);
        if (live) {
            PortalCaching.neverStore(response);
        }
        // "Link to minute 14.3" only where the numbers will not move under the link: not while being written.
        model.addAttribute("paraLinks", !live);
        model.addAttribute("seq", seq);
        boolean nothingToRead = !record.agendaVisible() && !record.minutes().isVisible();
        String kind = record.minutes().isVisible() ? (record.draft() ? "Draft minutes" : "Minutes")
                : record.agendaVisible() ? "Agenda" : "Meeting";
        String when = record.when() == null ? "Date not recorded" : record.when();
        model.addAttribute("record", record);
        model.addAttribute("bodyKind", people.body(record.bodyId()).getKind().label());
        model.addAttribute("kind", kind);
        model.addAttribute("when", when);
        model.addAttribute("nothingToRead", nothingToRead);
        model.addAttribute("minutesPending", !nothingToRead && !record.minutes().isVisible()
                && record.status() == MeetingStatus.CLOSED);
        model.addAttribute("pageTitle", kind + ": " + record.bodyName() + ", " + when);
        return "public/meeting";
    }

    /** One published version as the page lists it, its date already in the council's words. */
    record VersionLine(int number, String date, String reason, String href, boolean current, boolean shown) {

        static VersionLine of(long meetingId, MinutesVersionSummary v, boolean current, boolean shown) {
            return new VersionLine(v.number(), UkTime.date(v.createdAt(), null), v.reason(),
                    "/public/meetings/" + meetingId + "/minutes/versions/" + v.number(), current, shown);
        }
    }

    /**
     * "See minute 14.3": a stable address for one paragraph, sent on to its anchor on the meeting's page. Only a
     * paragraph the viewer can read there exists here, so an exempt one is simply not found.
     */
    @GetMapping("/public/meetings/{id}/minutes/{number}")
    ResponseEntity<Void> paragraph(@PathVariable long id, @PathVariable String number) {
        MeetingRecord record = minutes.record(id);
        boolean found = record.items().stream().filter(MeetingRecord.Item::contentVisible)
                .flatMap(i -> i.paragraphs().stream()).anyMatch(p -> number.equals(p.number()));
        if (!found) {
            throw new NoSuchElementException("No minute " + number);
        }
        return to("/public/meetings/" + id + "#" + MeetingRecord.Paragraph.anchorOf(number));
    }

    /** A stable address for one agenda item of a meeting, sent on to its anchor on the meeting's page. */
    @GetMapping("/public/meetings/{id}/items/{itemId}")
    ResponseEntity<Void> item(@PathVariable long id, @PathVariable long itemId) {
        MeetingRecord record = minutes.record(id);
        if (record.items().stream().noneMatch(i -> i.id() == itemId)) {
            throw new NoSuchElementException("No item " + itemId);
        }
        return to("/public/meetings/" + id + "#item-" + itemId);
    }

    private static ResponseEntity<Void> to(String location) {
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(location)).build();
    }
}
