package org.minutebook.tracker;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.minutebook.actions.Action;
import org.minutebook.actions.ActionService;
import org.minutebook.actions.DueKind;
import org.minutebook.actions.DueState;
import org.minutebook.actions.PlanLink;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.Organisation;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Person;
import org.minutebook.plan.Plan;
import org.minutebook.plan.PlanDetails;
import org.minutebook.plan.PlanService;
import org.minutebook.plan.Recommendation;
import org.minutebook.plan.Theme;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns actions into {@link ActionRow}s: owners' names, the source meeting's item and paragraph numbers as the
 * viewer's own record numbers them ({@link MinutesService#record}), and the plan elements by name. Each meeting's
 * record and each body's plans are read once per call, however many actions share them.
 */
@Component
public class ActionRows {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ActionService actions;
    private final PeopleService people;
    private final MinutesService minutes;
    private final PlanService plans;

    ActionRows(ActionService actions, PeopleService people, MinutesService minutes, PlanService plans) {
        this.actions = actions;
        this.people = people;
        this.minutes = minutes;
        this.plans = plans;
    }

    /** Rows for the signed-in viewer; links go to the signed-in meeting page. */
    public List<ActionRow> rows(Collection<Action> list) {
        return rows(list, "meetings/", true);
    }

    /** Rows for the public tracker: links to the public meeting page, nobody's right to update asked. */
    public List<ActionRow> publicRows(Collection<Action> list) {
        return rows(list, "/public/meetings/", false);
    }

    private List<ActionRow> rows(Collection<Action> list, String meetingPath, boolean signedIn) {
        LocalDate today = actions.today();
        Map<Long, Person> persons = people.peopleById(ids(list, Action::getOwnerPersonId));
        Map<Long, Organisation> organisations = people.organisationsById(ids(list, Action::getOwnerOrganisationId));
        Map<Long, Optional<MeetingRecord>> records = new HashMap<>();
        Map<Long, String> bodyNames = new HashMap<>();
        Map<Long, Map<PlanLink, String>> planLabels = new HashMap<>();
        List<ActionRow> out = new ArrayList<>(list.size());
        for (Action a : list) {
            String owner = a.getOwnerPersonId() != null ? name(persons.get(a.getOwnerPersonId()))
                    : a.getOwnerOrganisationId() != null ? orgName(organisations.get(a.getOwnerOrganisationId()))
                    : "Not named";
            String body = bodyNames.computeIfAbsent(a.getBodyId(), id -> people.body(id).getName());
            String meeting = null;
            String item = null;
            String paragraph = null;
            String path = null;
            if (a.getSourceMeetingId() != null) {
                Optional<MeetingRecord> record = records.computeIfAbsent(a.getSourceMeetingId(), this::record);
                meeting = record.map(MeetingRecord::when).orElse("meeting (date not recorded)");
                path = meetingPath + a.getSourceMeetingId();
                var it = record.flatMap(r -> r.item(a.getSourceItemId()));
                item = it.map(MeetingRecord.Item::number).orElse(null);
                if (a.getSourceParagraphId() != null) {
                    var para = it.flatMap(i -> i.paragraphs().stream().filter(p -> p.id() == a.getSourceParagraphId()).findFirst());
                    paragraph = para.map(MeetingRecord.Paragraph::number).orElse(null);
                    if (para.isPresent()) {
                        path += "#" + para.get().anchor();
                    }
                }
            }
            Map<PlanLink, String> labels = planLabels.computeIfAbsent(a.getBodyId(), this::planLabels);
            String serves = a.getPlanLinks().stream().map(l -> labels.getOrDefault(l, "a plan element no longer listed"))
                    .sorted().collect(Collectors.joining("; "));
            out.add(new ActionRow(a.getId(), a.getVersion(), a.getBodyId(), body, a.getDescription(), owner, a.getStatus(),
                    due(a), DueState.of(a, today), meeting, item, paragraph, source(body, meeting, item, paragraph), path,
                    serves, signedIn && actions.canUpdate(a)));
        }
        return out;
    }

    /** "31 July 2019 (at the end of July)", "At the next meeting", or "Not set". */
    static String due(Action a) {
        String words = a.getDueText() == null ? "" : " (" + a.getDueText() + ")";
        if (a.getDueKind() == DueKind.DATE && a.getDueDate() != null) {
            return DATE.format(a.getDueDate()) + words;
        }
        if (a.getDueKind() == DueKind.NEXT_MEETING) {
            return "At the next meeting" + words;
        }
        return "Not set";
    }

    private static String source(String body, String meeting, String item, String paragraph) {
        if (meeting == null) {
            return "Not raised at a meeting";
        }
        StringBuilder s = new StringBuilder(body).append(", ").append(meeting);
        if (item != null) {
            s.append(": item ").append(item);
        }
        if (paragraph != null) {
            s.append(", minute ").append(paragraph);
        }
        return s.toString();
    }

    private Optional<MeetingRecord> record(long meetingId) {
        try {
            return Optional.of(minutes.record(meetingId));
        } catch (AccessDeniedException e) {
            return Optional.empty();
        }
    }

    /** Each theme and recommendation (or area, or outcome) of the body's plans, labelled as people cite them. */
    Map<PlanLink, String> planLabels(long bodyId) {
        Map<PlanLink, String> labels = new HashMap<>();
        try {
            for (Plan plan : plans.plansOf(bodyId)) {
                PlanDetails d = plans.plan(plan.getId());
                for (Theme t : d.themes()) {
                    labels.put(PlanLink.theme(t.getId()), "Theme: " + t.getTitle());
                }
                for (Recommendation r : d.recommendations()) {
                    String kind = r.getKind() == Recommendation.Kind.AREA_FOR_IMPROVEMENT ? "Area for improvement " : "Recommendation ";
                    labels.put(PlanLink.recommendation(r.getId()), kind + r.getNumber());
                }
                d.outcomes().forEach(o -> labels.put(PlanLink.outcome(o.getId()), "Outcome " + o.getNumber()));
            }
        } catch (AccessDeniedException e) {
            // A viewer who may not read the plan still sees that the action serves something.
        }
        return labels;
    }

    private static String name(Person p) {
        return p == null ? "Not named" : p.getName();
    }

    private static String orgName(Organisation o) {
        return o == null ? "Not named" : o.getName();
    }

    private static Collection<Long> ids(Collection<Action> list, java.util.function.Function<Action, Long> id) {
        return list.stream().map(id).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }
}
