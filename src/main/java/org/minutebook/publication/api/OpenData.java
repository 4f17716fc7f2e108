package org.minutebook.publication.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.minutebook.actions.Action;
import org.minutebook.actions.ActionService;
import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.MeetingService;
import org.minutebook.meeting.Paper;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.Body;
import org.minutebook.people.Membership;
import org.minutebook.people.MembershipRole;
import org.minutebook.people.Organisation;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Person;
import org.minutebook.security.MeetingStatus;
import org.springframework.stereotype.Component;

/**
 * Minutebook's public data mapped to OParl 1.1 objects. Everything comes from the PUBLIC record
 * ({@link MinutesService#recordFor} with no insider, i.e. the access policy's anonymous visitor), whoever calls: exempt
 * items are their number and name only, unpublished agendas and minutes are absent, and people are names and places
 * on bodies, never contact details.
 *
 * <p>The mapping: a council (an {@link Organisation} that boards and committees belong to) is an oparl:Body; each
 * board or committee (a Minutebook {@link Body}) an oparl:Organization; a board recorded without its council is an
 * oparl:Body of its own ("board-{id}"). Partner organisations such as Healthwatch own no board, so are no Body.
 */
@Component
class OpenData {

    private final PeopleService people;
    private final MeetingService meetings;
    private final MinutesService minutes;
    private final ActionService actions;

    OpenData(PeopleService people, MeetingService meetings, MinutesService minutes, ActionService actions) {
        this.people = people;
        this.meetings = meetings;
        this.minutes = minutes;
        this.actions = actions;
    }

    // ---------------------------------------------------------------- bodies and organizations

    /** The OParl bodies, each with the boards and committees it holds. */
    Map<String, List<Body>> councils() {
        Map<String, List<Body>> councils = new LinkedHashMap<>();
        for (Body b : people.bodies()) {
            councils.computeIfAbsent(bodyKey(b), k -> new ArrayList<>()).add(b);
        }
        return councils;
    }

    static String bodyKey(Body b) {
        return b.getOrganisationId() != null ? b.getOrganisationId().toString() : "board-" + b.getId();
    }

    OParl.Body body(Urls urls, String key, List<Body> held) {
        Body first = held.getFirst();
        Optional<Organisation> council = first.getOrganisationId() == null ? Optional.empty()
                : people.organisation(first.getOrganisationId());
        String name = council.map(Organisation::getName).orElse(first.getName());
        return new OParl.Body(urls.body(key), OParl.SCHEMA + "Body", urls.system(), name,
                urls.list("organizations", "body", key), urls.list("people", "body", key),
                urls.list("meetings", "body", key), urls.list("papers", "body", key), List.of(),
                council.map(Organisation::getCreatedAt).orElse(first.getCreatedAt()),
                council.map(Organisation::getUpdatedAt).orElse(first.getUpdatedAt()));
    }

    OParl.Organization organization(Urls urls, Body b) {
        List<String> memberships = people.currentMembers(b.getId()).stream().map(m -> urls.membership(m.getId())).toList();
        return new OParl.Organization(urls.organization(b.getId()), OParl.SCHEMA + "Organization", urls.body(bodyKey(b)),
                b.getName(), "Gremium", b.getKind().label(), memberships, urls.list("meetings", "organization", b.getId()),
                urls.site() + "/public/bodies/" + b.getId(), b.getCreatedAt(), b.getUpdatedAt());
    }

    // ---------------------------------------------------------------- people and memberships

    /** Current places on boards and committees: who sits where, as the public record says. */
    List<Membership> memberships() {
        return people.bodies().stream().flatMap(b -> people.currentMembers(b.getId()).stream())
                .sorted(Comparator.comparing(Membership::getId)).toList();
    }

    /** People with a place on a board or committee; nobody else is in the public record as a person. */
    List<Person> persons() {
        Set<Long> ids = memberships().stream().map(Membership::getPersonId).collect(Collectors.toSet());
        return people.peopleById(ids).values().stream().sorted(Comparator.comparing(Person::getId)).toList();
    }

    OParl.Person person(Urls urls, Person p) {
        List<OParl.Membership> places = memberships().stream().filter(m -> m.getPersonId().equals(p.getId()))
                .map(m -> membership(urls, m)).toList();
        return new OParl.Person(urls.person(p.getId()), OParl.SCHEMA + "Person", p.getName(), places,
                p.getCreatedAt(), p.getUpdatedAt());
    }

    OParl.Membership membership(Urls urls, Membership m) {
        // Clerks and officer advisers serve the body; they do not vote.
        boolean votes = m.getRole() != MembershipRole.CLERK && m.getRole() != MembershipRole.OFFICER_ADVISER;
        return new OParl.Membership(urls.membership(m.getId()), OParl.SCHEMA + "Membership", urls.person(m.getPersonId()),
                urls.organization(m.getBodyId()), m.getRole().label(), votes, m.getStartsOn(), m.getEndsOn(),
                m.getCreatedAt(), m.getUpdatedAt());
    }

    // ---------------------------------------------------------------- meetings, items, papers, minutes

    /** Every meeting of the given boards, newest first, with its public record. */
    List<Published> meetingsOf(List<Body> bodies) {
        List<Published> all = new ArrayList<>();
        for (Body b : bodies) {
            for (Meeting m : meetings.meetingsOf(b.getId())) {
                all.add(new Published(m, b, minutes.recordFor(m.getId(), false)));
            }
        }
        all.sort(Comparator.comparing((Published p) -> p.meeting().getStartsAt(),
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(p -> -p.meeting().getId()));
        return all;
    }

    Published meeting(long id) {
        Meeting m = meetings.meeting(id);
        return new Published(m, people.body(m.getBodyId()), minutes.recordFor(id, false));
    }

    /** A meeting, its board and its record as the public may read it. */
    record Published(Meeting meeting, Body body, MeetingRecord record) {

        boolean minutesPublic() {
            return meeting.getStatus() != MeetingStatus.LIVE && record.minutes().isVisible();
        }
    }

    OParl.Meeting meeting(Urls urls, Published p) {
        Meeting m = p.meeting();
        MeetingRecord r = p.record();
        List<OParl.AgendaItem> items = new ArrayList<>();
        if (r.agendaVisible()) {
            for (int i = 0; i < r.items().size(); i++) {
                items.add(agendaItem(urls, p, r.items().get(i), i + 1));
            }
        }
        OParl.File pdf = p.minutesPublic() ? new OParl.File(urls.site() + "/public/meetings/" + m.getId() + "/minutes.pdf",
                OParl.SCHEMA + "File", r.draft() ? "Draft minutes" : "Minutes", "application/pdf",
                urls.site() + "/public/meetings/" + m.getId() + "/minutes.pdf") : null;
        OParl.Location location = m.getVenue() == null ? null
                : new OParl.Location(urls.meeting(m.getId()) + "#location", OParl.SCHEMA + "Location", m.getVenue());
        return new OParl.Meeting(urls.meeting(m.getId()), OParl.SCHEMA + "Meeting",
                p.body().getName() + ", " + (r.when() == null ? "date not recorded" : r.when()),
                m.getStatus().name().toLowerCase(), m.getStatus() == MeetingStatus.CANCELLED,
                m.getStartsAt(), m.getEndsAt(), location, List.of(urls.organization(p.body().getId())), items, pdf,
                p.minutesPublic() ? urls.minutes(m.getId()) : null,
                urls.site() + "/public/meetings/" + m.getId(), m.getCreatedAt(), m.getUpdatedAt());
    }

    OParl.AgendaItem agendaItem(Urls urls, Published p, MeetingRecord.Item item, int order) {
        String resolution = null;
        if (p.minutesPublic() && item.contentVisible()) {
            resolution = item.paragraphs().stream().filter(MeetingRecord.Paragraph::resolution)
                    .map(OpenData::resolutionText).reduce((a, b) -> a + "\n\n" + b).orElse(null);
        }
        List<String> papers = item.contentVisible() ? item.papers().stream().map(pp -> urls.paper(pp.id())).toList() : null;
        return new OParl.AgendaItem(urls.agendaItem(item.id()), OParl.SCHEMA + "AgendaItem", urls.meeting(p.meeting().getId()),
                item.number(), order, item.title(), !item.exempt(),
                item.outcome() == null ? null : item.outcome().name().toLowerCase(), resolution,
                papers == null || papers.isEmpty() ? null : papers, p.meeting().getCreatedAt(), p.meeting().getUpdatedAt());
    }

    /** Papers of public items whose agenda is published, with the meeting each was on. */
    List<OParl.Paper> papers(Urls urls, List<Published> published) {
        List<OParl.Paper> out = new ArrayList<>();
        for (Published p : published) {
            if (!p.record().agendaVisible()) {
                continue;
            }
            List<MeetingRecord.Item> open = p.record().items().stream().filter(i -> i.contentVisible() && !i.exempt()).toList();
            Set<Long> listed = open.stream().flatMap(i -> i.papers().stream()).map(MeetingRecord.PaperRef::id)
                    .collect(Collectors.toSet());
            for (Paper paper : meetings.papersOf(open.stream().map(MeetingRecord.Item::id).toList())) {
                if (listed.contains(paper.getId())) {
                    out.add(new OParl.Paper(urls.paper(paper.getId()), OParl.SCHEMA + "Paper", urls.body(bodyKey(p.body())),
                            paper.getTitle(), "Report", paper.getAuthor(), urls.meeting(p.meeting().getId()),
                            urls.agendaItem(paper.getItemId()), paper.getCreatedAt(), paper.getUpdatedAt()));
                }
            }
        }
        return out;
    }

    OParl.Minutes minutes(Urls urls, Published p) {
        if (!p.minutesPublic()) {
            throw new NoSuchElementException("No published minutes for meeting " + p.meeting().getId());
        }
        String page = urls.site() + "/public/meetings/" + p.meeting().getId();
        List<OParl.MinutesItem> items = p.record().items().stream().map(i -> new OParl.MinutesItem(urls.agendaItem(i.id()),
                i.number(), i.title(), !i.exempt(), i.contentVisible() ? i.paragraphs().stream().map(para -> new OParl.Minute(
                        page + "#" + para.anchor(), para.number(), para.resolution() ? "resolution" : "paragraph",
                        para.html() == null || para.html().isBlank() ? null : para.html(), para.preamble(),
                        para.resolution() ? clauses(para) : null,
                        para.outcome() == null ? null : para.outcome().name().toLowerCase(), para.vote())).toList()
                        : List.of())).toList();
        return new OParl.Minutes(urls.minutes(p.meeting().getId()), OParl.MINUTEBOOK + "Minutes",
                urls.meeting(p.meeting().getId()), p.record().draft(), items, p.meeting().getUpdatedAt());
    }

    /** Resolutions in minutes the public may read, newest meeting first. */
    List<OParl.Decision> decisions(Urls urls, List<Published> published) {
        List<OParl.Decision> out = new ArrayList<>();
        for (Published p : published) {
            if (!p.minutesPublic()) {
                continue;
            }
            String page = urls.site() + "/public/meetings/" + p.meeting().getId();
            for (MeetingRecord.Item item : p.record().items()) {
                if (!item.contentVisible()) {
                    continue;
                }
                for (MeetingRecord.Paragraph para : item.paragraphs()) {
                    if (para.resolution()) {
                        out.add(new OParl.Decision(urls.decision(para.id()), OParl.MINUTEBOOK + "Decision",
                                urls.meeting(p.meeting().getId()), urls.agendaItem(item.id()),
                                urls.organization(p.body().getId()), para.number(), p.meeting().getStartsAt(),
                                para.preamble(), clauses(para),
                                para.outcome() == null ? null : para.outcome().name().toLowerCase(), para.vote(),
                                p.record().draft(), page + "#" + para.anchor()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Actions the public may see: the body's tracker is public, the minutes that raised them are public, and the item
     * that raised them is not exempt (as {@code AccessPolicy.canSeeAction} decides for the anonymous visitor).
     */
    List<OParl.Action> actions(Urls urls, List<Published> published) {
        List<OParl.Action> out = new ArrayList<>();
        for (Published p : published) {
            if (!p.body().isPublicActionTracker() || !p.minutesPublic()) {
                continue;
            }
            Set<Long> openItems = p.record().items().stream().filter(i -> i.contentVisible() && !i.exempt())
                    .map(MeetingRecord.Item::id).collect(Collectors.toSet());
            List<Action> raised = actions.actionsOfMeetingFor(p.meeting().getId(), false).stream()
                    .filter(a -> a.getSourceItemId() != null && openItems.contains(a.getSourceItemId())).toList();
            Map<Long, Person> owners = people.peopleById(raised.stream().map(Action::getOwnerPersonId)
                    .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
            Map<Long, Organisation> orgs = people.organisationsById(raised.stream().map(Action::getOwnerOrganisationId)
                    .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
            for (Action a : raised) {
                String owner = a.getOwnerPersonId() != null && owners.containsKey(a.getOwnerPersonId())
                        ? owners.get(a.getOwnerPersonId()).getName()
                        : a.getOwnerOrganisationId() != null && orgs.containsKey(a.getOwnerOrganisationId())
                        ? orgs.get(a.getOwnerOrganisationId()).getName() : null;
                out.add(new OParl.Action(urls.action(a.getId()), OParl.MINUTEBOOK + "Action", urls.organization(a.getBodyId()),
                        a.getDescription(), owner, a.getStatus().name().toLowerCase(), a.getDueDate(), a.getDueText(),
                        urls.meeting(p.meeting().getId()), urls.agendaItem(a.getSourceItemId()), a.getCreatedAt(), a.getUpdatedAt()));
            }
        }
        return out;
    }

    private static List<OParl.Clause> clauses(MeetingRecord.Paragraph para) {
        return para.clauses().stream().map(c -> new OParl.Clause(c.mark(), c.text())).toList();
    }

    private static String resolutionText(MeetingRecord.Paragraph p) {
        return (p.preamble() == null ? "" : p.preamble() + "\n")
                + p.clauses().stream().map(c -> c.mark() + " " + c.text()).collect(Collectors.joining("\n"));
    }

}
