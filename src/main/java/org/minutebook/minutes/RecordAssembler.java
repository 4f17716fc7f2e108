package org.minutebook.minutes;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minutebook.meeting.AgendaItem;
import org.minutebook.meeting.Attendance;
import org.minutebook.meeting.AttendanceKind;
import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.MeetingService;
import org.minutebook.meeting.Paper;
import org.minutebook.numbering.ItemNumber;
import org.minutebook.numbering.NumberingEngine;
import org.minutebook.people.Body;
import org.minutebook.people.ClauseMarkStyle;
import org.minutebook.people.HouseStyle;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Person;
import org.minutebook.security.AccessPolicy;
import org.minutebook.security.ItemAccess;
import org.minutebook.security.MeetingFacts;
import org.minutebook.security.MinutesAccess;
import org.minutebook.security.Viewer;
import org.minutebook.shared.UkTime;
import org.springframework.stereotype.Component;

/**
 * Builds a {@link MeetingRecord} for one viewer: numbers from the numbering engine, and every exempt or
 * unpublished part removed here, before it can reach a page, a file or a stream.
 */
@Component
class RecordAssembler {

    private final MeetingService meetings;
    private final PeopleService people;
    private final NumberingEngine numbering = new NumberingEngine();
    /** Enough for every paragraph of the meetings a council runs live at once, and of their recent readers. */
    private final BuiltParagraphs built = new BuiltParagraphs(20_000);

    RecordAssembler(MeetingService meetings, PeopleService people) {
        this.meetings = meetings;
        this.people = people;
    }

    MeetingRecord assemble(Meeting meeting, Viewer viewer, List<MinuteParagraph> allParagraphs) {
        return build(read(meeting, allParagraphs), viewer);
    }

    /**
     * The record for several viewers from one set of reads: the live layer builds the public's and the members'
     * record on every change, and reading the meeting twice would double the database work of each change.
     */
    List<MeetingRecord> assemble(Meeting meeting, List<Viewer> viewers, List<MinuteParagraph> allParagraphs) {
        Sources sources = read(meeting, allParagraphs);
        return viewers.stream().map(v -> build(sources, v)).toList();
    }

    /** What a record is built from, read once; attendance only if some viewer may see the minutes. */
    private record Sources(Meeting meeting, Body body, List<AgendaItem> items, List<ItemNumber> numbers,
                           Map<Long, List<MinuteParagraph>> byItem, Map<Long, List<Paper>> papersByItem,
                           java.util.function.Supplier<Attendances> attendance,
                           Map<MinuteParagraph, MeetingRecord.Paragraph> paragraphs) {
    }

    private record Attendances(List<Attendance> rows, Map<Long, Person> names) {
    }

    private Sources read(Meeting meeting, List<MinuteParagraph> allParagraphs) {
        Body body = people.body(meeting.getBodyId());
        List<AgendaItem> items = meetings.itemsOf(meeting.getId());
        Map<Long, List<MinuteParagraph>> byItem = new HashMap<>();
        allParagraphs.forEach(p -> byItem.computeIfAbsent(p.getItemId(), k -> new ArrayList<>()).add(p));
        List<ItemNumber> numbers = numbering.number(body.getHouseStyle(), meeting.getFirstItemNumber(),
                meeting.getMunicipalYear() == null ? null : Year.of(meeting.getMunicipalYear()),
                items.stream().map(i -> new ItemNumber(i.getFrozenNumber(),
                        byItem.getOrDefault(i.getId(), List.of()).stream().map(MinuteParagraph::getFrozenNumber).toList())).toList());
        Map<Long, List<Paper>> papersByItem = new HashMap<>();
        meetings.papersOf(items.stream().map(AgendaItem::getId).toList())
                .forEach(p -> papersByItem.computeIfAbsent(p.getItemId(), k -> new ArrayList<>()).add(p));
        Attendances[] once = new Attendances[1];
        java.util.function.Supplier<Attendances> attendance = () -> {
            if (once[0] == null) {
                List<Attendance> rows = meetings.attendance(meeting.getId());
                Set<Long> ids = new HashSet<>();
                rows.forEach(a -> ids.add(a.getPersonId()));
                once[0] = new Attendances(rows, people.peopleById(ids));
            }
            return once[0];
        };
        return new Sources(meeting, body, items, numbers, byItem, papersByItem, attendance, new java.util.IdentityHashMap<>());
    }

    private MeetingRecord build(Sources s, Viewer viewer) {
        Meeting meeting = s.meeting();
        Body body = s.body();
        HouseStyle style = body.getHouseStyle();
        MeetingFacts facts = MeetingService.facts(meeting);
        boolean agendaVisible = AccessPolicy.canSeeAgenda(viewer, facts);
        MinutesAccess minutes = AccessPolicy.minutesAccess(viewer, facts);
        List<AgendaItem> items = s.items();
        List<ItemNumber> numbers = s.numbers();
        Map<Long, List<MinuteParagraph>> byItem = s.byItem();
        Map<Long, List<Paper>> papersByItem = s.papersByItem();

        List<MeetingRecord.Item> out = new ArrayList<>();
        if (agendaVisible || minutes.isVisible()) {
            for (int i = 0; i < items.size(); i++) {
                AgendaItem item = items.get(i);
                ItemAccess agendaAccess = AccessPolicy.agendaItemAccess(viewer, facts, MeetingService.facts(item));
                ItemAccess minutesAccess = AccessPolicy.minutesItemAccess(viewer, facts, MeetingService.facts(item));
                if (!agendaAccess.isVisible() && !minutesAccess.isVisible()) {
                    continue;
                }
                boolean content = agendaAccess.showsContent() || minutesAccess.showsContent();
                List<MeetingRecord.Paragraph> paras = minutesAccess.showsContent()
                        ? paragraphs(s, style, byItem.getOrDefault(item.getId(), List.of()), numbers.get(i).paragraphNumbers())
                        : List.of();
                boolean papersVisible = AccessPolicy.canSeePapers(viewer, facts, MeetingService.facts(item));
                out.add(new MeetingRecord.Item(item.getId(), numbers.get(i).number(), item.getTitle(), item.getStatus(),
                        item.getOutcome(), item.isExempt(), item.getExemptParagraph(), content,
                        content ? item.getSummary() : null,
                        content ? item.getReportAuthor() : null,
                        content ? item.getRecommendationsIntro() : null,
                        content ? marks(ClauseMarkStyle.NUMBER_PAREN, item.getRecommendations()) : List.of(),
                        papersVisible ? papersByItem.getOrDefault(item.getId(), List.of()).stream()
                                .map(p -> new MeetingRecord.PaperRef(p.getId(), p.getTitle(), p.getAuthor(), fileLabel(p))).toList() : List.of(),
                        paras));
            }
        }
        Attendances present = minutes.isVisible() ? s.attendance().get() : new Attendances(List.of(), Map.of());
        List<Attendance> attendance = present.rows();
        Map<Long, Person> names = present.names();
        return new MeetingRecord(meeting.getId(), body.getId(), body.getName(),
                UkTime.dateTime(meeting.getStartsAt(), null), meeting.getVenue(), meeting.getStatus(),
                agendaVisible, minutes,
                names(attendance, AttendanceKind.PRESENT, names), names(attendance, AttendanceKind.APOLOGIES, names),
                names(attendance, AttendanceKind.IN_ATTENDANCE, names), out, meeting.getCurrentItemId());
    }

    private List<MeetingRecord.Paragraph> paragraphs(Sources s, HouseStyle style, List<MinuteParagraph> list, List<String> numbers) {
        List<MeetingRecord.Paragraph> out = new ArrayList<>(list.size());
        for (int j = 0; j < list.size(); j++) {
            MinuteParagraph p = list.get(j);
            String number = numbers.get(j);
            // Built once however many viewers' records show it, and reused from earlier reads while unchanged.
            out.add(s.paragraphs().computeIfAbsent(p, k -> built.get(p.getId(), BuiltParagraphs.Source.of(p, number, style), () -> {
                boolean resolution = p.getKind() == ParagraphKind.RESOLUTION;
                return new MeetingRecord.Paragraph(p.getId(), number, resolution, MinuteText.toHtml(p.getText()),
                        resolution ? (p.getPreamble() != null ? p.getPreamble() : numbering.resolutionPreamble(style)) : null,
                        resolution ? marks(style.clauseMarks(), p.getClauses()) : List.of(),
                        p.getOutcome(), vote(p));
            })));
        }
        return out;
    }

    private List<MeetingRecord.Clause> marks(ClauseMarkStyle style, List<String> texts) {
        List<String> marks = numbering.clauseMarks(style, texts.size());
        List<MeetingRecord.Clause> out = new ArrayList<>(texts.size());
        for (int k = 0; k < texts.size(); k++) {
            out.add(new MeetingRecord.Clause(marks.get(k), texts.get(k)));
        }
        return out;
    }

    // "PDF, 240 KB": what a visitor needs to know before downloading (GOV.UK style for attachments).
    private static String fileLabel(Paper p) {
        if (!p.hasFile()) {
            return null;
        }
        String name = p.getFileName();
        String kind = name.substring(name.lastIndexOf('.') + 1).toUpperCase(java.util.Locale.ROOT);
        long size = p.getSizeBytes() == null ? 0 : p.getSizeBytes();
        String amount = size >= 1024 * 1024 ? String.format(java.util.Locale.UK, "%.1f MB", size / 1024.0 / 1024.0)
                : Math.max(1, Math.round(size / 1024.0)) + " KB";
        return kind + ", " + amount;
    }

    private static String vote(MinuteParagraph p) {
        if (p.getVotesFor() == null) {
            return null;
        }
        String s = "For " + p.getVotesFor() + ", against " + p.getVotesAgainst() + ", abstentions "
                + (p.getAbstentions() == null ? 0 : p.getAbstentions());
        if (p.getCastingVoteFor() != null) {
            s += "; the Chair's casting vote " + (p.getCastingVoteFor() ? "for" : "against");
        }
        return s;
    }

    private static List<String> names(List<Attendance> rows, AttendanceKind kind, Map<Long, Person> people) {
        return rows.stream().filter(a -> a.getKind() == kind).map(a -> people.get(a.getPersonId()))
                .map(p -> p.getJobTitle() == null ? p.getName() : p.getName() + " (" + p.getJobTitle() + ")").toList();
    }
}
