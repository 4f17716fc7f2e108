package org.minutebook.meeting;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.minutebook.numbering.NumberingEngine;
import org.minutebook.people.Body;
import org.minutebook.people.PeopleService;
import org.minutebook.security.AccessPolicy;
import org.minutebook.security.AgendaStatus;
import org.minutebook.security.CurrentViewer;
import org.minutebook.security.ItemFacts;
import org.minutebook.security.MeetingFacts;
import org.minutebook.security.MeetingStatus;
import org.minutebook.security.MinutesStatus;
import org.minutebook.security.Viewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings and their agendas. Every command asks the access policy for the signed-in viewer first;
 * reads filter what the viewer may not see before anything leaves this class.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final PaperRepository papers;
    private final AttendanceRepository attendance;
    private final PeopleService people;
    private final CurrentViewer viewer;
    private final Validator validator;
    private final Clock clock;
    private final NumberingEngine numbering = new NumberingEngine();

    MeetingService(MeetingRepository meetings, AgendaItemRepository items, PaperRepository papers,
                   AttendanceRepository attendance, PeopleService people, CurrentViewer viewer,
                   Validator validator, Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.papers = papers;
        this.attendance = attendance;
        this.people = people;
        this.viewer = viewer;
        this.validator = validator;
        this.clock = clock;
    }

    public static MeetingFacts facts(Meeting m) {
        return new MeetingFacts(m.getBodyId(), m.getStatus(), m.getAgendaStatus(), m.getMinutesStatus());
    }

    public static ItemFacts facts(AgendaItem item) {
        return new ItemFacts(item.isExempt());
    }

    public Meeting meeting(long id) {
        return meetings.findById(id).orElseThrow(() -> new NoSuchElementException("No meeting " + id));
    }

    /** A body's meetings, newest first; undated ones (records that give no date) last. */
    public List<Meeting> meetingsOf(long bodyId) {
        return meetings.findByBodyId(bodyId).stream()
                .sorted(Comparator.comparing(Meeting::getStartsAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder())).reversed())
                .toList();
    }

    public boolean isUpcoming(Meeting m) {
        return m.getStartsAt() != null && m.getStartsAt().isAfter(clock.instant().minusSeconds(12 * 3600))
                && (m.getStatus() == MeetingStatus.SCHEDULED || m.getStatus() == MeetingStatus.LIVE);
    }

    /** The agenda in order, as far as the viewer may see it: empty when the agenda is hidden from them. */
    public List<AgendaItem> agenda(long meetingId) {
        Meeting m = meeting(meetingId);
        if (!AccessPolicy.canSeeAgenda(viewer.get(), facts(m)) && !AccessPolicy.minutesAccess(viewer.get(), facts(m)).isVisible()) {
            return List.of();
        }
        return items.findByMeetingIdOrderByPositionAsc(meetingId);
    }

    /** The bodies whose meetings the signed-in viewer follows: every body for an admin, else those they have a place on. */
    public List<Body> bodiesOfViewer() {
        Viewer v = viewer.get();
        return people.bodies().stream().filter(b -> v.isAdmin() || v.isMemberOf(b.getId())).toList();
    }

    /**
     * One line of the agenda as the clerk edits it: the item's number now (from the numbering engine), its
     * version for the optimistic check, and a copy of its details for the form.
     */
    public record NumberedItem(long id, long version, String number, ItemStatus status, StandardItem standardItem,
                               ItemDetails details) {

        /** "14. Title", or the title alone where the body numbers no items. */
        public String heading() {
            return number == null ? details.getTitle() : number + ". " + details.getTitle();
        }
    }

    /** The whole agenda in order with each item's number, for the clerk editing it (drafts and exempt items included). */
    public List<NumberedItem> numberedAgenda(long meetingId) {
        Meeting m = meeting(meetingId);
        requireClerk(m.getBodyId(), "edit this agenda");
        List<AgendaItem> agenda = items.findByMeetingIdOrderByPositionAsc(meetingId);
        List<String> numbers = numbering.itemNumbers(people.body(m.getBodyId()).getHouseStyle(), m.getFirstItemNumber(),
                m.getMunicipalYear() == null ? null : Year.of(m.getMunicipalYear()),
                agenda.stream().map(AgendaItem::getFrozenNumber).toList());
        List<NumberedItem> out = new ArrayList<>(agenda.size());
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItem item = agenda.get(i);
            out.add(new NumberedItem(item.getId(), item.getVersion(), numbers.get(i), item.getStatus(),
                    item.getStandardItem(), ItemDetails.of(item)));
        }
        return out;
    }

    /** One item as {@link #numberedAgenda} gives it, e.g. to reload it after a conflicting edit. */
    public NumberedItem numberedItem(long itemId) {
        AgendaItem item = item(itemId);
        return numberedAgenda(item.getMeetingId()).stream().filter(n -> n.id() == itemId).findFirst().orElseThrow();
    }

    /** Items of several meetings at once for the minutes (no per-item queries). */
    public List<AgendaItem> itemsOf(long meetingId) {
        return items.findByMeetingIdOrderByPositionAsc(meetingId);
    }

    public AgendaItem item(long itemId) {
        return items.findById(itemId).orElseThrow(() -> new NoSuchElementException("No agenda item " + itemId));
    }

    public List<Paper> papersOf(List<Long> itemIds) {
        return itemIds.isEmpty() ? List.of() : papers.findByItemIdIn(itemIds);
    }

    public List<Attendance> attendance(long meetingId) {
        return attendance.findByMeetingId(meetingId);
    }

    /** A new meeting, its agenda a draft that starts from the body's standard items. */
    @Transactional
    public Meeting schedule(long bodyId, Instant startsAt, String venue, int firstItemNumber) {
        return schedule(bodyId, startsAt, venue, firstItemNumber, true);
    }

    /**
     * A new meeting; without standard items when recording a meeting whose record shows only some items
     * (the seeds' meetings, where item 14 is all the record gives).
     */
    @Transactional
    public Meeting schedule(long bodyId, Instant startsAt, String venue, int firstItemNumber, boolean standardItems) {
        requireClerk(bodyId, "schedule meetings of this body");
        people.body(bodyId);
        var meeting = new Meeting(bodyId, startsAt);
        meeting.setVenue(venue == null || venue.isBlank() ? null : venue.strip());
        meeting.setFirstItemNumber(firstItemNumber);
        validate(meeting);
        meetings.save(meeting);
        if (!standardItems) {
            return meeting;
        }
        int position = 0;
        for (StandardItem standard : StandardItem.values()) {
            var item = new AgendaItem(meeting.getId(), position++, standard.title());
            item.setStandardItem(standard);
            items.save(item);
        }
        return meeting;
    }

    @Transactional
    public Meeting updateDetails(long meetingId, long expectedVersion, Instant startsAt, String venue, int firstItemNumber) {
        Meeting meeting = meeting(meetingId);
        requireClerk(meeting.getBodyId(), "change this meeting");
        checkVersion(meeting.getVersion(), expectedVersion);
        meeting.setStartsAt(startsAt);
        meeting.setVenue(venue == null || venue.isBlank() ? null : venue.strip());
        meeting.setFirstItemNumber(firstItemNumber);
        validate(meeting);
        return meeting;
    }

    @Transactional
    public AgendaItem addItem(long meetingId, ItemDetails details) {
        Meeting meeting = meeting(meetingId);
        requireClerk(meeting.getBodyId(), "change this agenda");
        validate(details);
        List<AgendaItem> agenda = items.findByMeetingIdOrderByPositionAsc(meetingId);
        // New business goes before "Date of next meeting", which closes every agenda.
        int position = agenda.size();
        if (!agenda.isEmpty() && agenda.getLast().getStandardItem() == StandardItem.NEXT_MEETING) {
            position = agenda.size() - 1;
            agenda.getLast().setPosition(agenda.size());
        }
        var item = new AgendaItem(meetingId, position, details.getTitle());
        details.applyTo(item);
        validate(item);
        return items.save(item);
    }

    /** An item of an earlier meeting that was deferred or never reached, offered for a later agenda. */
    public record CarryForwardCandidate(long itemId, long fromMeetingId, Instant fromMeetingStartsAt, String title,
                                        ItemStatus status, boolean exempt) {
    }

    /**
     * What the clerk may carry onto this (scheduled) meeting's agenda: every item of the same body's earlier,
     * closed meetings that was deferred or never reached (still PENDING), except standard items (each agenda has
     * its own) and items already carried forward to some meeting. Oldest meeting first, in agenda order.
     */
    public List<CarryForwardCandidate> carryForwardCandidates(long meetingId) {
        Meeting target = meeting(meetingId);
        requireClerk(target.getBodyId(), "edit this agenda");
        if (target.getStatus() != MeetingStatus.SCHEDULED) {
            return List.of();
        }
        List<Meeting> earlier = meetings.findByBodyId(target.getBodyId()).stream()
                .filter(m -> m.getStatus() == MeetingStatus.CLOSED && !m.getId().equals(target.getId()))
                .filter(m -> target.getStartsAt() == null || m.getStartsAt() == null || m.getStartsAt().isBefore(target.getStartsAt()))
                .sorted(Comparator.comparing(Meeting::getStartsAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder())))
                .toList();
        if (earlier.isEmpty()) {
            return List.of();
        }
        var carried = new java.util.HashSet<>(items.carriedFromIdsOfBody(target.getBodyId()));
        var byMeeting = items.findByMeetingIdInOrderByPositionAsc(earlier.stream().map(Meeting::getId).toList()).stream()
                .collect(java.util.stream.Collectors.groupingBy(AgendaItem::getMeetingId));
        List<CarryForwardCandidate> out = new ArrayList<>();
        for (Meeting m : earlier) {
            for (AgendaItem item : byMeeting.getOrDefault(m.getId(), List.of())) {
                if ((item.getStatus() == ItemStatus.DEFERRED || item.getStatus() == ItemStatus.PENDING)
                        && item.getStandardItem() == null && !carried.contains(item.getId())) {
                    out.add(new CarryForwardCandidate(item.getId(), m.getId(), m.getStartsAt(), item.getTitle(),
                            item.getStatus(), item.isExempt()));
                }
            }
        }
        return out;
    }

    /**
     * Puts a copy of an earlier meeting's deferred or unreached item on this agenda (before "Date of next meeting"),
     * with its details and papers, remembering where it came from so it is not offered again.
     */
    @Transactional
    public AgendaItem carryForward(long meetingId, long fromItemId) {
        Meeting target = meeting(meetingId);
        requireClerk(target.getBodyId(), "change this agenda");
        if (target.getStatus() != MeetingStatus.SCHEDULED) {
            throw new IllegalStateException("Items can be carried forward only onto a meeting not yet held");
        }
        if (carryForwardCandidates(meetingId).stream().noneMatch(c -> c.itemId() == fromItemId)) {
            throw new IllegalStateException("That item cannot be carried forward: it was dealt with, or is already on an agenda");
        }
        AgendaItem from = item(fromItemId);
        AgendaItem copy = addItem(meetingId, ItemDetails.of(from));
        copy.setCarriedFromItemId(from.getId());
        for (Paper paper : papers.findByItemIdIn(List.of(from.getId()))) {
            papers.save(new Paper(copy.getId(), paper.getTitle(), paper.getAuthor(), paper.getBodyText()));
        }
        return copy;
    }

    @Transactional
    public AgendaItem updateItem(long itemId, long expectedVersion, ItemDetails details) {
        AgendaItem item = item(itemId);
        requireClerk(meeting(item.getMeetingId()).getBodyId(), "change this agenda");
        checkVersion(item.getVersion(), expectedVersion);
        validate(details);
        details.applyTo(item);
        validate(item);
        return item;
    }

    /** Moves an item up (-1) or down (+1); numbers follow from the new order. */
    @Transactional
    public void moveItem(long itemId, int delta) {
        AgendaItem item = item(itemId);
        Meeting meeting = meeting(item.getMeetingId());
        requireClerk(meeting.getBodyId(), "change this agenda");
        if (meeting.getMinutesStatus() == MinutesStatus.APPROVED || meeting.getMinutesStatus() == MinutesStatus.PUBLISHED) {
            throw new IllegalStateException("The minutes are approved: their numbers are frozen");
        }
        List<AgendaItem> agenda = new ArrayList<>(items.findByMeetingIdOrderByPositionAsc(meeting.getId()));
        int from = agenda.indexOf(item);
        int to = Math.max(0, Math.min(agenda.size() - 1, from + delta));
        agenda.remove(from);
        agenda.add(to, item);
        for (int i = 0; i < agenda.size(); i++) {
            agenda.get(i).setPosition(i);
        }
    }

    @Transactional
    public void removeItem(long itemId) {
        AgendaItem item = item(itemId);
        Meeting meeting = meeting(item.getMeetingId());
        requireClerk(meeting.getBodyId(), "change this agenda");
        if (item.getStatus() != ItemStatus.PENDING || meeting.getStatus() != MeetingStatus.SCHEDULED) {
            throw new IllegalStateException("Only items not yet taken can be removed; withdraw it instead");
        }
        items.delete(item);
        List<AgendaItem> rest = items.findByMeetingIdOrderByPositionAsc(meeting.getId());
        for (int i = 0; i < rest.size(); i++) {
            rest.get(i).setPosition(i);
        }
    }

    @Transactional
    public void publishAgenda(long meetingId) {
        Meeting meeting = meeting(meetingId);
        requireClerk(meeting.getBodyId(), "publish this agenda");
        if (items.findByMeetingIdOrderByPositionAsc(meetingId).isEmpty()) {
            throw new IllegalStateException("An agenda needs at least one item");
        }
        meeting.setAgendaStatus(AgendaStatus.PUBLISHED);
    }

    @Transactional
    public Paper addPaper(long itemId, String title, String author, String text) {
        AgendaItem item = item(itemId);
        requireClerk(meeting(item.getMeetingId()).getBodyId(), "add papers to this agenda");
        return papers.save(new Paper(itemId, title, author, text));
    }

    @Transactional
    public Attendance recordAttendance(long meetingId, long personId, AttendanceKind kind, Long substituteFor) {
        Meeting meeting = meeting(meetingId);
        Viewer v = viewer.get();
        if (!AccessPolicy.canRecordMinutes(v, meeting.getBodyId()) && !AccessPolicy.canChair(v, meeting.getBodyId())) {
            throw new AccessDeniedException("You may not take the roll call of this meeting");
        }
        var row = attendance.findByMeetingId(meetingId).stream().filter(a -> a.getPersonId() == personId).findFirst()
                .orElseGet(() -> attendance.save(new Attendance(meetingId, personId, kind)));
        row.setKind(kind);
        row.setSubstituteForPersonId(kind == AttendanceKind.SUBSTITUTE ? substituteFor : null);
        return row;
    }

    // --- the minutes lifecycle (the chair's commands are in ChairService) ---

    /** Called by the minutes lifecycle: the new status, and at approval the numbers to freeze. */
    @Transactional
    public void setMinutesStatus(long meetingId, MinutesStatus status, Map<Long, String> frozenItemNumbers) {
        Meeting meeting = meeting(meetingId);
        // The clerk moves the minutes on; the chair signs them off (approval), nothing else.
        boolean allowed = AccessPolicy.canApproveMinutes(viewer.get(), meeting.getBodyId())
                || (status == MinutesStatus.APPROVED && AccessPolicy.canSignMinutes(viewer.get(), meeting.getBodyId()));
        if (!allowed) {
            throw new AccessDeniedException("You may not change the status of these minutes");
        }
        meeting.setMinutesStatus(status);
        frozenItemNumbers.forEach((itemId, number) -> item(itemId).setFrozenNumber(number));
    }

    private void requireClerk(long bodyId, String what) {
        if (!AccessPolicy.canEditAgenda(viewer.get(), bodyId)) {
            throw new AccessDeniedException("You may not " + what);
        }
    }

    private void validate(Object bean) {
        var violations = validator.validate(bean);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.iterator().next().getMessage());
        }
    }

    static void checkVersion(long actual, long expected) {
        if (actual != expected) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(
                    "Someone else changed this while you were editing", null);
        }
    }
}
