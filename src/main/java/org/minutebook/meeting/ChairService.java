package org.minutebook.meeting;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.minutebook.people.Body;
import org.minutebook.people.Membership;
import org.minutebook.people.PeopleService;
import org.minutebook.security.AccessPolicy;
import org.minutebook.security.AgendaStatus;
import org.minutebook.security.CurrentViewer;
import org.minutebook.security.MeetingStatus;
import org.minutebook.security.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chair's commands in a live meeting: open and close it, move through the agenda, take the roll, hear
 * declarations and run the speakers' queue. Only the chair (or vice-chair presiding, or the clerk acting
 * for them) moves the meeting; members only ask to speak. Each change is published as {@link MeetingChanged}
 * for the live layer to push after commit.
 */
@Service
@Transactional
public class ChairService {

    private static final Set<SpeakerRequest.Status> QUEUED = EnumSet.of(SpeakerRequest.Status.WAITING, SpeakerRequest.Status.SPEAKING);

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final AttendanceRepository attendance;
    private final DeclarationRepository declarations;
    private final SpeakerRequestRepository speakers;
    private final PeopleService people;
    private final CurrentViewer viewer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChairService(MeetingRepository meetings, AgendaItemRepository items, AttendanceRepository attendance,
                 DeclarationRepository declarations, SpeakerRequestRepository speakers, PeopleService people,
                 CurrentViewer viewer, ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.attendance = attendance;
        this.declarations = declarations;
        this.speakers = speakers;
        this.people = people;
        this.viewer = viewer;
        this.events = events;
        this.clock = clock;
    }

    // --- the meeting ---

    public void openMeeting(long meetingId) {
        Meeting m = chaired(meetingId);
        if (m.getStatus() != MeetingStatus.SCHEDULED) {
            throw new IllegalStateException("Only a scheduled meeting can be opened");
        }
        if (m.getAgendaStatus() != AgendaStatus.PUBLISHED) {
            throw new IllegalStateException("Publish the agenda before the meeting opens");
        }
        m.setStatus(MeetingStatus.LIVE);
        changed(m, MeetingChanged.Aspect.STATUS, null);
    }

    /** Closes the meeting. The console shows the chair any item opened but not recorded before calling this. */
    public void closeMeeting(long meetingId) {
        Meeting m = live(chaired(meetingId));
        m.setStatus(MeetingStatus.CLOSED);
        m.setCurrentItemId(null);
        changed(m, MeetingChanged.Aspect.STATUS, null);
    }

    public void cancel(long meetingId) {
        Meeting m = chaired(meetingId);
        if (m.getStatus() != MeetingStatus.SCHEDULED) {
            throw new IllegalStateException("Only a scheduled meeting can be cancelled");
        }
        m.setStatus(MeetingStatus.CANCELLED);
        changed(m, MeetingChanged.Aspect.STATUS, null);
    }

    // --- moving through the agenda ---

    /** Opens any item (items can be taken out of order); a DONE item reopens while the meeting is live. */
    public void openItem(long itemId) {
        AgendaItem item = item(itemId);
        Meeting m = live(chaired(item.getMeetingId()));
        if (item.getStatus() == ItemStatus.WITHDRAWN) {
            throw new IllegalStateException("A withdrawn item cannot be opened");
        }
        if (item.isExempt() && !items.existsByExcludesPublicForItemId(item.getId())) {
            excludePublic(m, item);
        }
        item.setStatus(ItemStatus.OPEN);
        item.setOutcome(null);
        m.setCurrentItemId(item.getId());
        changed(m, MeetingChanged.Aspect.CURRENT_ITEM, item.getId());
    }

    /**
     * Before an exempt item is first taken, the meeting resolves to exclude the press and public. That resolution is
     * public, so it cannot sit under the exempt item (whose content the public never see): it gets a small public
     * item of its own, "Exclusion of the press and public", put just before the exempt item, numbered by the engine
     * like any other and already DONE/RESOLVED. The minutes module writes the resolution into it on
     * {@link PublicExcluded} (this module does not depend on the minutes). Once per exempt item: reopening it, or
     * opening it again later in the meeting, finds the exclusion already there.
     */
    private void excludePublic(Meeting m, AgendaItem exempt) {
        List<AgendaItem> agenda = items.findByMeetingIdOrderByPositionAsc(m.getId());
        int at = exempt.getPosition();
        for (AgendaItem later : agenda) {
            if (later.getPosition() >= at) {
                later.setPosition(later.getPosition() + 1);
            }
        }
        var exclusion = new AgendaItem(m.getId(), at, "Exclusion of the press and public");
        exclusion.setStatus(ItemStatus.DONE);
        exclusion.setOutcome(ItemOutcome.RESOLVED);
        exclusion.setExcludesPublicForItemId(exempt.getId());
        items.save(exclusion);
        events.publishEvent(new PublicExcluded(m.getId(), exclusion.getId(), exempt.getId(), exempt.getExemptParagraph()));
        changed(m, MeetingChanged.Aspect.AGENDA, exclusion.getId());
    }

    /** The next item not yet taken, after the current one; empty at the end of the agenda. */
    @Transactional(readOnly = true)
    public java.util.Optional<AgendaItem> nextItem(long meetingId) {
        Meeting m = meeting(meetingId);
        List<AgendaItem> agenda = items.findByMeetingIdOrderByPositionAsc(meetingId);
        int from = 0;
        for (int i = 0; i < agenda.size(); i++) {
            if (agenda.get(i).getId().equals(m.getCurrentItemId())) {
                from = i + 1;
            }
        }
        return agenda.stream().skip(from).filter(i -> i.getStatus() == ItemStatus.PENDING).findFirst();
    }

    public void completeItem(long itemId, ItemOutcome outcome) {
        AgendaItem item = item(itemId);
        Meeting m = live(chaired(item.getMeetingId()));
        if (item.getStatus() != ItemStatus.OPEN) {
            throw new IllegalStateException("Only an open item can be completed");
        }
        item.setStatus(ItemStatus.DONE);
        item.setOutcome(outcome);
        changed(m, MeetingChanged.Aspect.AGENDA, itemId);
    }

    public void deferItem(long itemId) {
        setAside(itemId, ItemStatus.DEFERRED);
    }

    public void withdrawItem(long itemId) {
        setAside(itemId, ItemStatus.WITHDRAWN);
    }

    private void setAside(long itemId, ItemStatus to) {
        AgendaItem item = item(itemId);
        Meeting m = chaired(item.getMeetingId());
        if (item.getStatus() != ItemStatus.PENDING && item.getStatus() != ItemStatus.OPEN) {
            throw new IllegalStateException("Only an item not yet dealt with can be " + to.name().toLowerCase());
        }
        item.setStatus(to);
        if (item.getId().equals(m.getCurrentItemId())) {
            m.setCurrentItemId(null);
        }
        changed(m, MeetingChanged.Aspect.AGENDA, itemId);
    }

    /** An urgent item the chair admits: it joins the agenda before "Date of next meeting". */
    public AgendaItem addUrgentItem(long meetingId, String title) {
        Meeting m = chaired(meetingId);
        if (m.getStatus() != MeetingStatus.LIVE && m.getStatus() != MeetingStatus.SCHEDULED) {
            throw new IllegalStateException("Urgent items join a meeting that has not closed");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("Enter the urgent item's title");
        }
        List<AgendaItem> agenda = items.findByMeetingIdOrderByPositionAsc(meetingId);
        int position = agenda.size();
        if (!agenda.isEmpty() && agenda.getLast().getStandardItem() == StandardItem.NEXT_MEETING) {
            position = agenda.size() - 1;
            agenda.getLast().setPosition(agenda.size());
        }
        AgendaItem item = items.save(new AgendaItem(meetingId, position, "Urgent item: " + title.strip()));
        changed(m, MeetingChanged.Aspect.AGENDA, item.getId());
        return item;
    }

    // --- attendance and quorum ---

    public void markAttendance(long meetingId, long personId, AttendanceKind kind, Long substituteFor) {
        Meeting m = chaired(meetingId);
        if (kind == AttendanceKind.SUBSTITUTE && substituteFor == null) {
            throw new IllegalArgumentException("Say whom the substitute stands in for");
        }
        Attendance row = attendance.findByMeetingId(meetingId).stream().filter(a -> a.getPersonId() == personId).findFirst()
                .orElseGet(() -> attendance.save(new Attendance(meetingId, personId, kind)));
        row.setKind(kind);
        row.setSubstituteForPersonId(kind == AttendanceKind.SUBSTITUTE ? substituteFor : null);
        boolean here = kind == AttendanceKind.PRESENT || kind == AttendanceKind.SUBSTITUTE || kind == AttendanceKind.IN_ATTENDANCE;
        if (here && m.getStatus() == MeetingStatus.LIVE && row.getArrivedAt() == null) {
            row.setArrivedAt(clock.instant());
        }
        row.setLeftAt(null);
        changed(m, MeetingChanged.Aspect.ATTENDANCE, null);
    }

    /** A member leaves mid-meeting: still recorded as present, but no longer counted for the quorum. */
    public void markLeft(long meetingId, long personId) {
        Meeting m = live(chaired(meetingId));
        Attendance row = attendance.findByMeetingId(meetingId).stream().filter(a -> a.getPersonId() == personId).findFirst()
                .orElseThrow(() -> new IllegalStateException("That person was not marked present"));
        row.setLeftAt(clock.instant());
        changed(m, MeetingChanged.Aspect.ATTENDANCE, null);
    }

    @Transactional(readOnly = true)
    public Quorum quorum(long meetingId) {
        Meeting m = meeting(meetingId);
        Body body = people.body(m.getBodyId());
        Set<Long> voting = people.currentMembers(body.getId()).stream()
                .filter(ms -> ms.getRole().isVotingMember()).map(Membership::getPersonId).collect(Collectors.toSet());
        long present = attendance.findByMeetingId(meetingId).stream()
                .filter(a -> a.getLeftAt() == null)
                .filter(a -> (a.getKind() == AttendanceKind.PRESENT && voting.contains(a.getPersonId()))
                        || a.getKind() == AttendanceKind.SUBSTITUTE)
                .count();
        return new Quorum((int) present, body.getQuorum());
    }

    // --- declarations of interest ---

    public DeclarationOfInterest declare(long meetingId, Long itemId, long personId, DeclarationOfInterest.Kind kind, String text) {
        Meeting m = chaired(meetingId);
        if (itemId != null && item(itemId).getMeetingId() != meetingId) {
            throw new IllegalArgumentException("That item belongs to another meeting");
        }
        var d = declarations.save(new DeclarationOfInterest(meetingId, itemId, personId, kind, text == null ? null : text.strip()));
        changed(m, MeetingChanged.Aspect.DECLARATIONS, itemId);
        return d;
    }

    @Transactional(readOnly = true)
    public List<DeclarationOfInterest> declarations(long meetingId) {
        return declarations.findByMeetingIdOrderByIdAsc(meetingId);
    }

    // --- speakers ---

    /** A member asks to speak from their own device: the request is always their own, never someone else's. */
    public SpeakerRequest requestToSpeak(long meetingId) {
        Meeting m = live(meeting(meetingId));
        Viewer v = viewer.get();
        if (!AccessPolicy.canRequestToSpeak(v, m.getBodyId())) {
            throw new AccessDeniedException("Only members of the body can ask to speak");
        }
        boolean queued = speakers.findByMeetingIdAndStatusInOrderByRequestedAtAscIdAsc(meetingId, QUEUED).stream()
                .anyMatch(r -> v.isPerson(r.getPersonId()));
        if (queued) {
            throw new IllegalStateException("You are already in the queue");
        }
        String name = people.person(v.personId()).getName();
        var r = speakers.save(new SpeakerRequest(meetingId, m.getCurrentItemId(), v.personId(), name, clock.instant()));
        changed(m, MeetingChanged.Aspect.SPEAKERS, null);
        return r;
    }

    public void withdrawRequest(long requestId) {
        SpeakerRequest r = request(requestId);
        if (!viewer.get().isPerson(r.getPersonId())) {
            throw new AccessDeniedException("You can withdraw only your own request");
        }
        r.setStatus(SpeakerRequest.Status.REMOVED);
        changed(meeting(r.getMeetingId()), MeetingChanged.Aspect.SPEAKERS, null);
    }

    /** A non-member the chair allows to address the meeting (seed 003: "The Chairman allowed Councillor …"). */
    public SpeakerRequest addSpeaker(long meetingId, String name) {
        Meeting m = live(chaired(meetingId));
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Enter the speaker's name");
        }
        var r = speakers.save(new SpeakerRequest(meetingId, m.getCurrentItemId(), null, name.strip(), clock.instant()));
        changed(m, MeetingChanged.Aspect.SPEAKERS, null);
        return r;
    }

    public void giveFloor(long requestId) {
        SpeakerRequest r = request(requestId);
        Meeting m = live(chaired(r.getMeetingId()));
        speakers.findByMeetingIdAndStatusInOrderByRequestedAtAscIdAsc(m.getId(), EnumSet.of(SpeakerRequest.Status.SPEAKING))
                .forEach(s -> s.setStatus(SpeakerRequest.Status.DONE));
        r.setStatus(SpeakerRequest.Status.SPEAKING);
        changed(m, MeetingChanged.Aspect.SPEAKERS, null);
    }

    public void removeRequest(long requestId) {
        SpeakerRequest r = request(requestId);
        Meeting m = chaired(r.getMeetingId());
        r.setStatus(r.getStatus() == SpeakerRequest.Status.SPEAKING ? SpeakerRequest.Status.DONE : SpeakerRequest.Status.REMOVED);
        changed(m, MeetingChanged.Aspect.SPEAKERS, null);
    }

    /** Whoever has the floor, then everyone waiting, in the order they asked. */
    @Transactional(readOnly = true)
    public List<SpeakerRequest> speakers(long meetingId) {
        List<SpeakerRequest> queue = speakers.findByMeetingIdAndStatusInOrderByRequestedAtAscIdAsc(meetingId, QUEUED);
        return java.util.stream.Stream.concat(
                queue.stream().filter(r -> r.getStatus() == SpeakerRequest.Status.SPEAKING),
                queue.stream().filter(r -> r.getStatus() == SpeakerRequest.Status.WAITING)).toList();
    }

    // ---

    private Meeting meeting(long id) {
        return meetings.findById(id).orElseThrow(() -> new NoSuchElementException("No meeting " + id));
    }

    private AgendaItem item(long id) {
        return items.findById(id).orElseThrow(() -> new NoSuchElementException("No agenda item " + id));
    }

    private SpeakerRequest request(long id) {
        return speakers.findById(id).orElseThrow(() -> new NoSuchElementException("No such request to speak"));
    }

    private Meeting chaired(long meetingId) {
        Meeting m = meeting(meetingId);
        if (!AccessPolicy.canChair(viewer.get(), m.getBodyId())) {
            throw new AccessDeniedException("Only the chair, or the clerk for the chair, runs the meeting");
        }
        return m;
    }

    private static Meeting live(Meeting m) {
        if (m.getStatus() != MeetingStatus.LIVE) {
            throw new IllegalStateException("The meeting is not live");
        }
        return m;
    }

    private void changed(Meeting m, MeetingChanged.Aspect aspect, Long itemId) {
        events.publishEvent(new MeetingChanged(m.getId(), aspect, itemId));
    }
}
