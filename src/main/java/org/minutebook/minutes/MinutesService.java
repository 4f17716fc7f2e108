package org.minutebook.minutes;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.hibernate.Hibernate;
import org.minutebook.meeting.AgendaItem;
import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.MeetingService;
import org.minutebook.numbering.ItemNumber;
import org.minutebook.numbering.NumberingEngine;
import org.minutebook.people.Body;
import org.minutebook.people.InvalidField;
import org.minutebook.people.PeopleService;
import org.minutebook.security.AccessPolicy;
import org.minutebook.security.CurrentViewer;
import org.minutebook.security.MeetingStatus;
import org.minutebook.security.MinutesStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Minute paragraphs and resolutions, their history, and the minutes' lifecycle up to publication.
 * Only a body's clerk records; every saved change keeps who, when, before and after.
 */
@Service
@Transactional(readOnly = true)
public class MinutesService {

    static final int MAX_TEXT = 20_000;

    private final MinuteParagraphRepository paragraphs;
    private final ParagraphHistoryRepository history;
    private final MeetingService meetings;
    private final PeopleService people;
    private final CurrentViewer viewer;
    private final ApplicationEventPublisher events;
    private final RecordAssembler assembler;
    private final NumberingEngine numbering = new NumberingEngine();
    private final Clock clock;
    private final MinutesSignOffRepository signOffs;
    private final MinutesVersions versions;

    MinutesService(MinuteParagraphRepository paragraphs, ParagraphHistoryRepository history, MeetingService meetings,
                   PeopleService people, CurrentViewer viewer, ApplicationEventPublisher events,
                   RecordAssembler assembler, Clock clock, MinutesSignOffRepository signOffs, MinutesVersions versions) {
        this.signOffs = signOffs;
        this.versions = versions;
        this.paragraphs = paragraphs;
        this.history = history;
        this.meetings = meetings;
        this.people = people;
        this.viewer = viewer;
        this.events = events;
        this.assembler = assembler;
        this.clock = clock;
    }

    /** The meeting's record as the signed-in viewer (or the public) may see it. */
    public MeetingRecord record(long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        return assembler.assemble(meeting, viewer.get(), paragraphs.findWithClausesByMeetingIdAndDeletedAtIsNullOrderByItemIdAscPositionAsc(meetingId));
    }

    /**
     * The record for an audience rather than for the signed-in viewer: the live layer builds it once per change
     * for everyone following the meeting. The public see what the access policy gives anonymous visitors;
     * insiders (any member of the body) see exempt items too. Never used to answer one person's request.
     */
    public MeetingRecord recordFor(long meetingId, boolean insider) {
        Meeting meeting = meetings.meeting(meetingId);
        org.minutebook.security.Viewer audience = insider ? insiders(meeting) : org.minutebook.security.Viewer.anonymous();
        return assembler.assemble(meeting, audience, paragraphs.findWithClausesByMeetingIdAndDeletedAtIsNullOrderByItemIdAscPositionAsc(meetingId));
    }

    /** The public's and the members' record together, from one read: what the live layer sends on each change. */
    public record Audiences(MeetingRecord publicRecord, MeetingRecord insiderRecord) {
    }

    public Audiences recordsForAudiences(long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        var both = assembler.assemble(meeting, List.of(org.minutebook.security.Viewer.anonymous(), insiders(meeting)),
                paragraphs.findWithClausesByMeetingIdAndDeletedAtIsNullOrderByItemIdAscPositionAsc(meetingId));
        return new Audiences(both.get(0), both.get(1));
    }

    private static org.minutebook.security.Viewer insiders(Meeting meeting) {
        return org.minutebook.security.Viewer.signedIn(org.minutebook.people.Role.MEMBER, 0L, null,
                java.util.Map.of(meeting.getBodyId(), java.util.Set.of(org.minutebook.people.MembershipRole.MEMBER)));
    }

    public List<ParagraphHistory> history(long paragraphId) {
        MinuteParagraph p = paragraph(paragraphId);
        requireClerk(p.getItemId(), "see this paragraph's history");
        return history.findByParagraphIdOrderByChangedAtAsc(paragraphId);
    }

    /**
     * One paragraph as stored, deleted or not (its history outlives it), clauses loaded: the clerk's console reads
     * it after this transaction to edit it, or to show what a second clerk saved meanwhile.
     */
    public MinuteParagraph paragraph(long id) {
        MinuteParagraph p = paragraphs.findById(id).orElseThrow(() -> new NoSuchElementException("No paragraph " + id));
        Hibernate.initialize(p.getClauses());
        return p;
    }

    @Transactional
    public MinuteParagraph addParagraph(long itemId, String text) {
        AgendaItem item = requireClerk(itemId, "record minutes of this meeting");
        String clean = checkText(text);
        int position = (int) paragraphs.countByItemIdAndDeletedAtIsNull(itemId);
        MinuteParagraph p = paragraphs.save(MinuteParagraph.paragraph(item.getMeetingId(), itemId, position, clean));
        keep(p, "added", null, clean);
        return p;
    }

    /**
     * The resolution excluding the press and public, written when the chair first opens an exempt item. The chair's
     * command was checked by ChairService (the chair, or the clerk for them, runs the meeting); this only follows it.
     */
    @Transactional
    MinuteParagraph recordExclusion(long itemId, String text) {
        AgendaItem item = meetings.item(itemId);
        int position = (int) paragraphs.countByItemIdAndDeletedAtIsNull(itemId);
        MinuteParagraph p = paragraphs.save(MinuteParagraph.paragraph(item.getMeetingId(), itemId, position, text));
        keep(p, "added", null, text);
        return p;
    }

    @Transactional
    public MinuteParagraph addResolution(long itemId, String preamble, List<String> clauses) {
        return addResolution(itemId, preamble, clauses, ResolutionOutcome.AGREED, null);
    }

    /**
     * A resolution with its outcome and, optionally, a recorded vote (which then decides the outcome), saved in one
     * go: a refused vote saves nothing.
     */
    @Transactional
    public MinuteParagraph addResolution(long itemId, String preamble, List<String> clauses, ResolutionOutcome outcome,
                                         Vote vote) {
        AgendaItem item = requireClerk(itemId, "record resolutions of this meeting");
        List<String> clean = checkClauses(clauses);
        int position = (int) paragraphs.countByItemIdAndDeletedAtIsNull(itemId);
        MinuteParagraph p = MinuteParagraph.resolution(item.getMeetingId(), itemId, position,
                preamble == null || preamble.isBlank() ? null : preamble.strip(), clean);
        p.setOutcome(outcome == null ? ResolutionOutcome.AGREED : outcome);
        if (vote != null) {
            applyVote(p, vote);
        }
        p = paragraphs.save(p);
        keep(p, "added", null, describe(p));
        return p;
    }

    @Transactional
    public MinuteParagraph updateParagraph(long paragraphId, long expectedVersion, String text) {
        MinuteParagraph p = editable(paragraphId);
        requireClerk(p.getItemId(), "change these minutes");
        requireUnfrozen(p);
        checkVersion(p, expectedVersion);
        String before = p.getText();
        String clean = checkText(text);
        p.setText(clean);
        keep(p, "edited", before, clean);
        return p;
    }

    @Transactional
    public MinuteParagraph updateResolution(long paragraphId, long expectedVersion, String preamble, List<String> clauses,
                                            ResolutionOutcome outcome) {
        MinuteParagraph p = editable(paragraphId);
        requireClerk(p.getItemId(), "change these minutes");
        requireUnfrozen(p);
        checkVersion(p, expectedVersion);
        String before = describe(p);
        p.setPreamble(preamble == null || preamble.isBlank() ? null : preamble.strip());
        p.setClauses(checkClauses(clauses));
        p.setOutcome(outcome);
        keep(p, "edited", before, describe(p));
        return p;
    }

    /**
     * Changes a resolution and its recorded vote in one go: a vote decides the outcome, no vote (null) removes any
     * recorded one and keeps the outcome given. A refused vote changes nothing.
     */
    @Transactional
    public MinuteParagraph updateResolution(long paragraphId, long expectedVersion, String preamble, List<String> clauses,
                                            ResolutionOutcome outcome, Vote vote) {
        MinuteParagraph p = editable(paragraphId);
        requireClerk(p.getItemId(), "change these minutes");
        requireUnfrozen(p);
        checkVersion(p, expectedVersion);
        if (p.getKind() != ParagraphKind.RESOLUTION) {
            throw new IllegalArgumentException("Only a resolution has clauses and an outcome");
        }
        String before = describe(p);
        p.setPreamble(preamble == null || preamble.isBlank() ? null : preamble.strip());
        p.setClauses(checkClauses(clauses));
        p.setOutcome(outcome == null ? ResolutionOutcome.AGREED : outcome);
        if (vote != null) {
            applyVote(p, vote);
        } else {
            p.setVote(null, null, null, null);
        }
        keep(p, "edited", before, describe(p));
        return p;
    }

    @Transactional
    public void deleteParagraph(long paragraphId, long expectedVersion) {
        MinuteParagraph p = editable(paragraphId);
        requireClerk(p.getItemId(), "change these minutes");
        requireUnfrozen(p);
        checkVersion(p, expectedVersion);
        keep(p, "deleted", describe(p), null);
        // Soft: an action may cite the paragraph, and "what did 14.2 say before it went" stays answerable.
        p.markDeleted(clock.instant());
        renumber(p.getItemId());
        events.publishEvent(new ParagraphDeleted(p.getMeetingId(), p.getItemId(), p.getId()));
    }

    /** Moves a paragraph up (-1) or down (+1) within its item; numbers follow the order until approval. */
    @Transactional
    public void moveParagraph(long paragraphId, int delta) {
        MinuteParagraph p = editable(paragraphId);
        requireClerk(p.getItemId(), "change these minutes");
        requireUnfrozen(p);
        List<MinuteParagraph> list = new ArrayList<>(paragraphs.findByItemIdAndDeletedAtIsNullOrderByPositionAsc(p.getItemId()));
        int from = list.indexOf(p);
        int to = Math.max(0, Math.min(list.size() - 1, from + delta));
        list.remove(from);
        list.add(to, p);
        for (int i = 0; i < list.size(); i++) {
            list.get(i).setPosition(i);
        }
        keep(p, "moved", Integer.toString(from), Integer.toString(to));
    }

    /**
     * Records a vote on a resolution: for, against, abstentions, and the chair's casting vote, which exists
     * only on a tie (and then decides the outcome).
     */
    @Transactional
    public MinuteParagraph recordVote(long paragraphId, long expectedVersion, int votesFor, int votesAgainst, int abstentions,
                                      Boolean castingVoteFor) {
        MinuteParagraph p = editable(paragraphId);
        requireClerk(p.getItemId(), "record votes of this meeting");
        requireUnfrozen(p);
        checkVersion(p, expectedVersion);
        String before = describe(p);
        applyVote(p, new Vote(votesFor, votesAgainst, abstentions, castingVoteFor));
        keep(p, "vote", before, describe(p));
        return p;
    }

    // Refusals name the field they concern (InvalidField), so a form can put the message beside it.
    private static void applyVote(MinuteParagraph p, Vote vote) {
        if (p.getKind() != ParagraphKind.RESOLUTION) {
            throw new IllegalArgumentException("Only a resolution is voted on");
        }
        if (vote.votesFor() < 0) {
            throw new InvalidField("votesFor", "Votes cannot be negative");
        }
        if (vote.votesAgainst() < 0) {
            throw new InvalidField("votesAgainst", "Votes cannot be negative");
        }
        if (vote.abstentions() < 0) {
            throw new InvalidField("abstentions", "Votes cannot be negative");
        }
        if (vote.castingVoteFor() != null && !vote.tied()) {
            throw new InvalidField("castingVote", "The chair has a casting vote only on a tie");
        }
        if (vote.tied() && vote.castingVoteFor() == null) {
            throw new InvalidField("castingVote", "The vote is tied: record the chair's casting vote");
        }
        p.setVote(vote.votesFor(), vote.votesAgainst(), vote.abstentions(), vote.castingVoteFor());
        boolean carried = vote.tied() ? vote.castingVoteFor() : vote.votesFor() > vote.votesAgainst();
        p.setOutcome(carried ? ResolutionOutcome.AGREED : ResolutionOutcome.NOT_AGREED);
    }

    /**
     * Items the chair opened that have neither a minute nor a "noted" outcome: shown before the meeting closes,
     * so nothing taken goes unrecorded.
     */
    public List<AgendaItem> unrecordedItems(long meetingId) {
        var recorded = new java.util.HashSet<Long>();
        paragraphs.findByMeetingIdAndDeletedAtIsNullOrderByItemIdAscPositionAsc(meetingId).forEach(p -> recorded.add(p.getItemId()));
        return meetings.itemsOf(meetingId).stream()
                .filter(i -> i.getStatus() == org.minutebook.meeting.ItemStatus.OPEN || i.getStatus() == org.minutebook.meeting.ItemStatus.DONE)
                .filter(i -> i.getOutcome() != org.minutebook.meeting.ItemOutcome.NOTED)
                .filter(i -> !recorded.contains(i.getId()))
                .toList();
    }

    /**
     * The clerk records that the body agreed the minutes as a correct record outside Minutebook (a record brought in
     * after the fact). At a meeting run here the chair signs them off instead ({@link MinutesLifecycleService#signOff}).
     * Numbers are frozen from here on, so "minute 14.3" means the same paragraph for ever.
     */
    @Transactional
    public void approve(long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        if (!AccessPolicy.canApproveMinutes(viewer.get(), meeting.getBodyId())) {
            throw new AccessDeniedException("You may not approve these minutes");
        }
        lifecycle(meeting).after(MinutesStep.RECORD_APPROVAL);
        freeze(meeting);
        signOff(meetingId).approved(clock.instant(), displayName(), null, null);
    }

    /** Freezes every number of the record and marks the minutes approved; the caller checked who and when. */
    void freeze(Meeting meeting) {
        long meetingId = meeting.getId();
        Body body = people.body(meeting.getBodyId());
        List<AgendaItem> items = meetings.itemsOf(meetingId);
        Map<Long, List<MinuteParagraph>> byItem = new HashMap<>();
        paragraphs.findByMeetingIdAndDeletedAtIsNullOrderByItemIdAscPositionAsc(meetingId)
                .forEach(p -> byItem.computeIfAbsent(p.getItemId(), k -> new ArrayList<>()).add(p));
        List<ItemNumber> stored = items.stream().map(i -> new ItemNumber(i.getFrozenNumber(),
                byItem.getOrDefault(i.getId(), List.of()).stream().map(MinuteParagraph::getFrozenNumber).toList())).toList();
        List<ItemNumber> frozen = numbering.freeze(body.getHouseStyle(), meeting.getFirstItemNumber(),
                meeting.getMunicipalYear() == null ? null : Year.of(meeting.getMunicipalYear()), stored);
        Map<Long, String> itemNumbers = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            if (frozen.get(i).number() != null) {
                itemNumbers.put(item.getId(), frozen.get(i).number());
            }
            List<MinuteParagraph> ps = byItem.getOrDefault(item.getId(), List.of());
            for (int j = 0; j < ps.size(); j++) {
                ps.get(j).setFrozenNumber(frozen.get(i).paragraphNumbers().get(j));
            }
        }
        meetings.setMinutesStatus(meetingId, MinutesStatus.APPROVED, itemNumbers);
    }

    /** The clerk publishes the approved minutes: version 1, kept unchanged for ever. */
    @Transactional
    public void publish(long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        if (!AccessPolicy.canPublishMinutes(viewer.get(), meeting.getBodyId())) {
            throw new AccessDeniedException("You may not publish these minutes");
        }
        lifecycle(meeting).after(MinutesStep.PUBLISH);
        meetings.setMinutesStatus(meetingId, MinutesStatus.PUBLISHED, Map.of());
        signOff(meetingId).published(clock.instant(), displayName());
        versions.snapshot(meeting, currentParagraphs(meetingId), null, displayName());
        events.publishEvent(new MinutesMoved(meeting.getId(), MinutesStatus.PUBLISHED));
    }

    /** Where the minutes stand, for the state machine. */
    MinutesLifecycle lifecycle(Meeting meeting) {
        boolean put = signOffs.findById(meeting.getId()).map(s -> s.getPutItemId() != null).orElse(false);
        return new MinutesLifecycle(meeting.getStatus(), meeting.getMinutesStatus(), put);
    }

    /** The meeting's sign-off row, created on its first step. */
    MinutesSignOff signOff(long meetingId) {
        return signOffs.findById(meetingId).orElseGet(() -> signOffs.save(new MinutesSignOff(meetingId)));
    }

    List<MinuteParagraph> currentParagraphs(long meetingId) {
        return paragraphs.findByMeetingIdAndDeletedAtIsNullOrderByItemIdAscPositionAsc(meetingId);
    }

    /** The signed-in person's name as the record should show it ("Demo Chair"), else the account name. */
    String displayName() {
        Long personId = viewer.get().personId();
        return personId == null ? viewer.name() : people.person(personId).getName();
    }

    /**
     * Replaces a plain paragraph's text outside the clerk's editor: an accepted suggestion (while a draft) or a
     * correction after publication (numbers frozen, so it keeps its number). The history says which, and why.
     */
    MinuteParagraph replaceText(long paragraphId, Long expectedVersion, String text, String change) {
        MinuteParagraph p = editable(paragraphId);
        if (p.getKind() != ParagraphKind.PARAGRAPH) {
            throw new InvalidField("paragraph", "Only a plain paragraph can be corrected this way; a resolution is corrected by the clerk");
        }
        if (expectedVersion != null) {
            checkVersion(p, expectedVersion);
        }
        String before = p.getText();
        String clean = checkText(text);
        p.setText(clean);
        keep(p, change, before, clean);
        return p;
    }

    /** Adds a minute to an item of a meeting whose minutes are still open, for a step already checked by the caller. */
    MinuteParagraph recordOnItem(long itemId, String text) {
        return recordExclusion(itemId, text);
    }

    private AgendaItem requireClerk(long itemId, String what) {
        AgendaItem item = meetings.item(itemId);
        Meeting meeting = meetings.meeting(item.getMeetingId());
        if (!AccessPolicy.canRecordMinutes(viewer.get(), meeting.getBodyId())) {
            throw new AccessDeniedException("You may not " + what);
        }
        return item;
    }

    private static void requireUnfrozen(MinuteParagraph p) {
        if (p.getFrozenNumber() != null) {
            throw new IllegalStateException("These minutes are approved; a correction needs a new version");
        }
    }

    /** A paragraph that may still change: not deleted. */
    private MinuteParagraph editable(long paragraphId) {
        MinuteParagraph p = paragraph(paragraphId);
        if (p.isDeleted()) {
            throw new IllegalStateException("This paragraph has been deleted");
        }
        return p;
    }

    private static void checkVersion(MinuteParagraph p, long expectedVersion) {
        if (p.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(MinuteParagraph.class, p.getId());
        }
    }

    private void renumber(long itemId) {
        List<MinuteParagraph> rest = paragraphs.findByItemIdAndDeletedAtIsNullOrderByPositionAsc(itemId);
        for (int i = 0; i < rest.size(); i++) {
            rest.get(i).setPosition(i);
        }
    }

    private void keep(MinuteParagraph p, String change, String before, String after) {
        history.save(new ParagraphHistory(p.getId(), viewer.name(), clock.instant(), change, before, after));
        if (!"deleted".equals(change)) {
            events.publishEvent(new ParagraphSaved(p.getMeetingId(), p.getItemId(), p.getId()));
        }
    }

    private static String checkText(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidField("text", "Write the paragraph's text");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidField("text", "A paragraph holds at most " + MAX_TEXT + " characters");
        }
        return text.strip();
    }

    private static List<String> checkClauses(List<String> clauses) {
        List<String> clean = clauses == null ? List.of() : clauses.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (clean.isEmpty()) {
            throw new InvalidField("clauses", "A resolution needs at least one clause");
        }
        return clean;
    }

    private static String describe(MinuteParagraph p) {
        if (p.getKind() == ParagraphKind.PARAGRAPH) {
            return p.getText();
        }
        var sb = new StringBuilder(p.getPreamble() == null ? "" : p.getPreamble());
        p.getClauses().forEach(c -> sb.append('\n').append("- ").append(c));
        if (p.getOutcome() != null && p.getOutcome() != ResolutionOutcome.AGREED) {
            sb.append("\nOutcome: ").append(p.getOutcome().name().toLowerCase().replace('_', ' '));
        }
        if (p.getVotesFor() != null) {
            sb.append("\nFor ").append(p.getVotesFor()).append(", against ").append(p.getVotesAgainst())
                    .append(", abstentions ").append(p.getAbstentions());
            if (p.getCastingVoteFor() != null) {
                sb.append("; the Chair's casting vote ").append(p.getCastingVoteFor() ? "for" : "against");
            }
        }
        return sb.toString().strip();
    }
}
