package org.minutebook.publication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.MeetingService;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.minutes.MinutesService;
import org.minutebook.minutes.ResolutionOutcome;
import org.minutebook.people.Body;
import org.minutebook.people.PeopleService;
import org.minutebook.security.AccessPolicy;
import org.minutebook.security.MeetingStatus;
import org.minutebook.security.Viewer;
import org.minutebook.shared.UkTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Decisions across meetings: every resolution in the minutes the public can read, newest meeting first, each linked
 * to its paragraph. Built from the public record of each meeting (the same one the meeting page renders for an
 * anonymous visitor), so exempt items and unpublished drafts cannot appear; resolutions of a meeting in progress are
 * marked as drafts.
 */
@Controller
class DecisionsController {

    private final PeopleService people;
    private final MeetingService meetings;
    private final MinutesService minutes;

    DecisionsController(PeopleService people, MeetingService meetings, MinutesService minutes) {
        this.people = people;
        this.meetings = meetings;
        this.minutes = minutes;
    }

    /** One resolution; {@code draft} when its minutes are not yet approved (the meeting is live or the draft published early). */
    record Decision(long meetingId, String bodyName, String date, String item, String number, String anchor,
                    String preamble, List<MeetingRecord.Clause> clauses, String outcome, String vote, boolean draft,
                    boolean live) {
    }

    @GetMapping("/public/decisions")
    String decisions(@RequestParam(required = false) String body, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to, Model model) {
        PublicFilter filter = PublicFilter.of(body, from, to);
        List<Decision> out = new ArrayList<>();
        List<Meeting> shown = people.bodies().stream().map(Body::getId)
                .flatMap(id -> meetings.meetingsOf(id).stream())
                .filter(m -> filter.includes(m.getBodyId(), m.getStartsAt()))
                .filter(m -> AccessPolicy.minutesAccess(Viewer.anonymous(), MeetingService.facts(m)).isVisible())
                .sorted(Comparator.comparing(Meeting::getStartsAt, Comparator.nullsFirst(Comparator.naturalOrder())).reversed())
                .toList();
        for (Meeting m : shown) {
            MeetingRecord record = minutes.recordFor(m.getId(), false);
            String date = UkTime.date(m.getStartsAt(), "Date not recorded");
            for (MeetingRecord.Item item : record.items()) {
                if (!item.contentVisible() || item.exempt()) {
                    continue;
                }
                for (MeetingRecord.Paragraph p : item.paragraphs()) {
                    if (p.resolution()) {
                        out.add(new Decision(m.getId(), record.bodyName(), date, item.heading(), p.number(), p.anchor(),
                                p.preamble(), p.clauses(), outcome(p.outcome()), p.vote(), record.draft(),
                                record.status() == MeetingStatus.LIVE));
                    }
                }
            }
        }
        model.addAttribute("decisions", out);
        model.addAttribute("bodies", people.bodies());
        model.addAttribute("filter", filter);
        model.addAttribute("bodyParam", filter.bodyId());
        model.addAttribute("fromParam", filter.from() == null ? "" : filter.from().toString());
        model.addAttribute("toParam", filter.to() == null ? "" : filter.to().toString());
        return "public/decisions";
    }

    private static String outcome(ResolutionOutcome outcome) {
        if (outcome == null) {
            return null;
        }
        return switch (outcome) {
            case AGREED -> null;
            case NOT_AGREED -> "Not agreed";
            case DEFERRED -> "Deferred";
        };
    }
}
