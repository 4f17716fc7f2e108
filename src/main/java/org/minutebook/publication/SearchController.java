package org.minutebook.publication;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.PeopleService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Search across agendas, minutes and resolutions, with filters by body and date. Every hit is checked against the
 * meeting's public record (what an anonymous visitor reads on its page) and linked to the exact item or paragraph
 * there: a hit the public record does not hold is dropped, whatever the query found.
 */
@Controller
class SearchController {

    static final int MAX_QUERY = 200;

    private final PublicSearch search;
    private final MinutesService minutes;
    private final PeopleService people;

    SearchController(PublicSearch search, MinutesService minutes, PeopleService people) {
        this.search = search;
        this.minutes = minutes;
        this.people = people;
    }

    /** One result: where it is ("Minute 14.3", "Agenda item 14"), its meeting, a link to the spot and a snippet. */
    record Result(String where, String item, String bodyName, String when, String href, String snippetHtml,
                  boolean draft) {
    }

    @GetMapping("/public/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String body,
                  @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        PublicFilter filter = PublicFilter.of(body, from, to);
        String query = q == null ? "" : q.strip();
        String problem = filter.problem();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
            problem = "Searches are limited to " + MAX_QUERY + " characters; the rest was left out.";
        }
        List<Result> results = query.isEmpty() ? List.of() : results(search.find(query, filter));
        model.addAttribute("q", query);
        model.addAttribute("searched", !query.isEmpty());
        model.addAttribute("results", results);
        model.addAttribute("problem", problem);
        model.addAttribute("bodies", people.bodies());
        model.addAttribute("bodyParam", filter.bodyId());
        model.addAttribute("fromParam", filter.from() == null ? "" : filter.from().toString());
        model.addAttribute("toParam", filter.to() == null ? "" : filter.to().toString());
        model.addAttribute("fullText", search.fullText());
        return "public/search";
    }

    // Hits in the database's order (ranked on PostgreSQL); each meeting's public record is built once.
    private List<Result> results(List<PublicSearch.Hit> hits) {
        Map<Long, MeetingRecord> records = new HashMap<>();
        List<Result> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PublicSearch.Hit hit : hits) {
            MeetingRecord record = records.computeIfAbsent(hit.meetingId(), id -> minutes.recordFor(id, false));
            String when = record.when() == null ? "Date not recorded" : record.when();
            Optional<MeetingRecord.Item> item = record.items().stream()
                    .filter(i -> i.id() == hit.itemId() && i.contentVisible() && !i.exempt()).findFirst();
            if (item.isEmpty()) {
                continue;
            }
            String base = "/public/meetings/" + record.meetingId();
            if (hit.paragraphId() != null) {
                Optional<MeetingRecord.Paragraph> p = item.get().paragraphs().stream()
                        .filter(x -> x.id() == hit.paragraphId()).findFirst();
                if (p.isEmpty() || !seen.add("p" + hit.paragraphId())) {
                    continue;
                }
                String number = p.get().number();
                String where = (p.get().resolution() ? "Resolution" : "Minute") + (number == null ? "" : " " + number);
                out.add(new Result(where, item.get().heading(), record.bodyName(), when, base + "#" + p.get().anchor(),
                        hit.snippetHtml(), record.draft()));
            } else if (record.agendaVisible() && seen.add("i" + hit.itemId())) {
                String where = item.get().number() == null ? "Agenda item" : "Agenda item " + item.get().number();
                out.add(new Result(where, item.get().heading(), record.bodyName(), when, base + "#item-" + hit.itemId(),
                        hit.snippetHtml(), false));
            }
        }
        return out;
    }
}
