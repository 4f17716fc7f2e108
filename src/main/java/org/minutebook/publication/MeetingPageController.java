package org.minutebook.publication;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.NoSuchElementException;
import org.minutebook.live.PublicStreams;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.PeopleService;
import org.minutebook.security.MeetingStatus;
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

    MeetingPageController(MinutesService minutes, PeopleService people, PublicStreams streams) {
        this.minutes = minutes;
        this.people = people;
        this.streams = streams;
    }

    @GetMapping("/public/meetings/{id}")
    String meeting(@PathVariable long id, Model model, HttpServletResponse response) {
        // The stream position first: an update committed while the page renders is then replayed, not lost.
        long seq = streams.latest(id);
        MeetingRecord record = minutes.record(id);
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
