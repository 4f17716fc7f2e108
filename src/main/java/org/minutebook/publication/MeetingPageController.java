package org.minutebook.publication;

import org.minutebook.live.PublicStreams;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.PeopleService;
import org.minutebook.security.MeetingStatus;
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
    String meeting(@PathVariable long id, Model model) {
        // The stream position first: an update committed while the page renders is then replayed, not lost.
        long seq = streams.latest(id);
        MeetingRecord record = minutes.record(id);
        model.addAttribute("live", record.status() == MeetingStatus.LIVE);
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
}
