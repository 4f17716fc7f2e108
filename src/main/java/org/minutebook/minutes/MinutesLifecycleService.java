package org.minutebook.minutes;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.minutebook.meeting.AgendaItem;
import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.MeetingService;
import org.minutebook.meeting.StandardItem;
import org.minutebook.people.InvalidField;
import org.minutebook.security.AccessPolicy;
import org.minutebook.security.CurrentViewer;
import org.minutebook.security.MeetingStatus;
import org.minutebook.security.MinutesStatus;
import org.minutebook.security.Viewer;
import org.minutebook.shared.UkTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes after the meeting: members suggest corrections to the draft and the clerk answers them; the clerk may
 * publish the draft early; at the next meeting the chair puts the minutes for approval and signs them off; the clerk
 * publishes them (in {@link MinutesService#publish}); a later correction makes a new version. Every step checks the
 * user here and asks {@link MinutesLifecycle} whether it makes sense now.
 */
@Service
@Transactional(readOnly = true)
public class MinutesLifecycleService {

    static final int MAX_REASON = 2000;

    private final MinutesService minutes;
    private final MeetingService meetings;
    private final MinutesCorrectionRepository corrections;
    private final MinutesSignOffRepository signOffs;
    private final MinutesVersions versions;
    private final CurrentViewer viewer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MinutesLifecycleService(MinutesService minutes, MeetingService meetings, MinutesCorrectionRepository corrections,
                            MinutesSignOffRepository signOffs, MinutesVersions versions, CurrentViewer viewer,
                            ApplicationEventPublisher events, Clock clock) {
        this.minutes = minutes;
        this.meetings = meetings;
        this.corrections = corrections;
        this.signOffs = signOffs;
        this.versions = versions;
        this.viewer = viewer;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    /**
     * Where a meeting's minutes stand, as the viewer may know it. The public learn only what is public anyway: the
     * published versions, and that a draft was published early.
     */
    public record Overview(long meetingId, long bodyId, MinutesLifecycle lifecycle, String draftPublishedBy,
                           java.time.Instant draftPublishedAt, String putBy, java.time.Instant putAt, Long putAtMeetingId,
                           String approvedBy, java.time.Instant approvedAt, String approvalNote, String publishedBy,
                           java.time.Instant publishedAt, List<MinutesVersionSummary> versions) {

        public MinutesStatus status() {
            return lifecycle.minutes();
        }

        /** The latest published version, if any. */
        public Optional<MinutesVersionSummary> latest() {
            return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
        }
    }

    public Overview overview(long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        Viewer v = viewer.get();
        MinutesLifecycle lifecycle = minutes.lifecycle(meeting);
        List<MinutesVersionSummary> published = versions.summaries(meetingId);
        MinutesSignOff s = signOffs.findById(meetingId).orElse(null);
        if (s == null) {
            return new Overview(meetingId, meeting.getBodyId(), lifecycle, null, null, null, null, null, null, null, null,
                    null, null, published);
        }
        boolean insider = AccessPolicy.canSeeExemptContent(v, meeting.getBodyId());
        boolean approvedPublic = insider || meeting.getMinutesStatus() == MinutesStatus.PUBLISHED;
        Long putAtMeeting = s.getPutItemId() == null ? null : meetings.item(s.getPutItemId()).getMeetingId();
        return new Overview(meetingId, meeting.getBodyId(), lifecycle, insider ? s.getDraftPublishedBy() : null,
                s.getDraftPublishedAt(), insider ? s.getPutBy() : null, insider ? s.getPutAt() : null,
                insider ? putAtMeeting : null, approvedPublic ? s.getApprovedBy() : null,
                approvedPublic ? s.getApprovedAt() : null, approvedPublic ? s.getApprovalNote() : null,
                approvedPublic ? s.getPublishedBy() : null, approvedPublic ? s.getPublishedAt() : null, published);
    }

    /** Version {@code number} of the published minutes (the latest when null), as the viewer may read it. */
    public Optional<MeetingRecord> version(long meetingId, Integer number) {
        Meeting meeting = meetings.meeting(meetingId);
        return versions.read(meetingId, number, viewer.get(), meeting.getBodyId());
    }

    public List<MinutesVersionSummary> versions(long meetingId) {
        meetings.meeting(meetingId);
        return versions.summaries(meetingId);
    }

    /** One suggested correction as its reader sees it; {@code mine} when the viewer suggested it. */
    public record Suggestion(long id, long version, long paragraphId, String paragraphNumber, String proposedText,
                             String reason, String suggestedBy, java.time.Instant suggestedAt, CorrectionStatus status,
                             String decidedBy, java.time.Instant decidedAt, String decisionReason, boolean mine) {
    }

    /** The clerk sees every suggestion on the meeting's minutes; a member sees their own and the answers. */
    public List<Suggestion> suggestions(long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        Viewer v = viewer.get();
        boolean clerk = AccessPolicy.canRecordMinutes(v, meeting.getBodyId());
        if (!clerk && !AccessPolicy.canSuggestCorrection(v, meeting.getBodyId())) {
            return List.of();
        }
        Map<Long, String> numbers = paragraphNumbers(meetingId);
        String me = viewer.name();
        return corrections.findByMeetingIdOrderBySuggestedAtAscIdAsc(meetingId).stream()
                .filter(c -> clerk || c.getSuggestedByUsername().equals(me))
                .map(c -> new Suggestion(c.getId(), c.getVersion(), c.getParagraphId(), numbers.get(c.getParagraphId()),
                        c.getProposedText(), c.getReason(), c.getSuggestedBy(), c.getSuggestedAt(), c.getStatus(),
                        c.getDecidedBy(), c.getDecidedAt(), c.getDecisionReason(), c.getSuggestedByUsername().equals(me)))
                .toList();
    }

    /** A plain paragraph a member may suggest a correction to, or the clerk correct after publication. */
    public record CorrectableParagraph(long id, long version, String number, String text) {

        public String label() {
            String start = text.length() > 70 ? text.substring(0, 70) + "…" : text;
            return number == null ? start : number + " " + start;
        }
    }

    /** The plain paragraphs of the record as the viewer may see it (resolutions are corrected by the clerk). */
    public List<CorrectableParagraph> correctableParagraphs(long meetingId) {
        MeetingRecord record = minutes.record(meetingId);
        Map<Long, MinuteParagraph> stored = new HashMap<>();
        minutes.currentParagraphs(meetingId).forEach(p -> stored.put(p.getId(), p));
        return record.items().stream().flatMap(i -> i.paragraphs().stream())
                .filter(p -> !p.resolution() && stored.containsKey(p.id()))
                .map(p -> new CorrectableParagraph(p.id(), stored.get(p.id()).getVersion(), p.number(), stored.get(p.id()).getText()))
                .toList();
    }

    /**
     * The minutes this meeting's "Minutes of the previous meeting" item approves: those of the body's latest meeting held
     * before it, while still a draft. Empty when there are none, or the meeting has no such item.
     */
    public record PendingApproval(long minutesMeetingId, String when, MinutesLifecycle lifecycle, long itemId,
                                  boolean putHere, boolean suggestionsPending) {
    }

    public List<PendingApproval> pendingApprovals(long approvingMeetingId) {
        Meeting approving = meetings.meeting(approvingMeetingId);
        if (!AccessPolicy.canSeeExemptContent(viewer.get(), approving.getBodyId())) {
            return List.of();
        }
        Optional<AgendaItem> item = previousMinutesItem(approvingMeetingId);
        if (item.isEmpty()) {
            return List.of();
        }
        // The previous meeting is the latest one held before this: its minutes, if still a draft, are the item's business.
        return meetings.meetingsOf(approving.getBodyId()).stream()
                .filter(m -> isEarlier(m, approving))
                .filter(m -> m.getStatus() == MeetingStatus.CLOSED)
                .max(MinutesLifecycleService::compareStarts)
                .filter(m -> m.getMinutesStatus() == MinutesStatus.DRAFT || m.getMinutesStatus() == MinutesStatus.DRAFT_PUBLISHED)
                .map(m -> {
                    Long put = signOffs.findById(m.getId()).map(MinutesSignOff::getPutItemId).orElse(null);
                    return new PendingApproval(m.getId(), UkTime.date(m.getStartsAt(), "date not recorded"),
                            minutes.lifecycle(m), item.get().getId(), Objects.equals(put, item.get().getId()),
                            corrections.existsByMeetingIdAndStatus(m.getId(), CorrectionStatus.PENDING));
                })
                .stream().toList();
    }

    // ---------------------------------------------------------------- members and the clerk, on the draft

    @Transactional
    public MinutesCorrection suggestCorrection(long paragraphId, String proposedText, String reason) {
        MinuteParagraph p = minutes.paragraph(paragraphId);
        Meeting meeting = meetings.meeting(p.getMeetingId());
        if (!AccessPolicy.canSuggestCorrection(viewer.get(), meeting.getBodyId())) {
            throw new AccessDeniedException("Only members of the body suggest corrections to its minutes");
        }
        requireDraft(meeting);
        if (p.isDeleted() || p.getKind() != ParagraphKind.PARAGRAPH) {
            throw new InvalidField("paragraph", "Choose a paragraph of the minutes (resolutions are corrected by the clerk)");
        }
        String text = proposedText == null ? "" : proposedText.strip();
        if (text.isEmpty()) {
            throw new InvalidField("proposedText", "Write the text you propose for the paragraph");
        }
        if (text.length() > MinutesService.MAX_TEXT) {
            throw new InvalidField("proposedText", "A paragraph holds at most " + MinutesService.MAX_TEXT + " characters");
        }
        if (text.equals(p.getText())) {
            throw new InvalidField("proposedText", "The proposed text is the same as the paragraph's");
        }
        String why = requireReason(reason, "reason", "Say why the paragraph should change");
        var c = corrections.save(new MinutesCorrection(meeting.getId(), paragraphId, text, why, minutes.displayName(),
                viewer.name(), clock.instant()));
        events.publishEvent(new MinutesMoved(meeting.getId(), meeting.getMinutesStatus()));
        return c;
    }

    /** The clerk accepts a suggestion: its text becomes the paragraph's new version, kept in the paragraph's history. */
    @Transactional
    public void accept(long correctionId) {
        MinutesCorrection c = correction(correctionId);
        Meeting meeting = requireClerkOfDraft(c);
        c.decide(CorrectionStatus.ACCEPTED, minutes.displayName(), clock.instant(), null);
        minutes.replaceText(c.getParagraphId(), null, c.getProposedText(), "correction accepted");
        events.publishEvent(new MinutesMoved(meeting.getId(), meeting.getMinutesStatus()));
    }

    @Transactional
    public void reject(long correctionId, String reason) {
        MinutesCorrection c = correction(correctionId);
        Meeting meeting = requireClerkOfDraft(c);
        String why = requireReason(reason, "decisionReason", "Say why the suggestion is rejected");
        c.decide(CorrectionStatus.REJECTED, minutes.displayName(), clock.instant(), why);
        events.publishEvent(new MinutesMoved(meeting.getId(), meeting.getMinutesStatus()));
    }

    /** The clerk publishes the draft ahead of approval; every page then marks it "Draft — subject to approval". */
    @Transactional
    public void publishDraft(long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        if (!AccessPolicy.canPublishMinutes(viewer.get(), meeting.getBodyId())) {
            throw new AccessDeniedException("You may not publish these minutes");
        }
        MinutesLifecycle next = minutes.lifecycle(meeting).after(MinutesStep.PUBLISH_DRAFT);
        meetings.setMinutesStatus(meetingId, next.minutes(), Map.of());
        minutes.signOff(meetingId).draftPublished(clock.instant(), minutes.displayName());
        events.publishEvent(new MinutesMoved(meetingId, next.minutes()));
    }

    // ---------------------------------------------------------------- the chair, at the next meeting

    /** At the "Minutes of the previous meeting" item of a later meeting, the chair puts the minutes to the meeting. */
    @Transactional
    public void putForApproval(long minutesMeetingId, long itemId) {
        Meeting meeting = meetings.meeting(minutesMeetingId);
        requireSigner(meeting);
        requireApprovingItem(meeting, itemId);
        minutes.lifecycle(meeting).after(MinutesStep.PUT_FOR_APPROVAL);
        minutes.signOff(minutesMeetingId).put(itemId, clock.instant(), minutes.displayName());
        events.publishEvent(new MinutesMoved(minutesMeetingId, meeting.getMinutesStatus()));
    }

    /**
     * The meeting agreed the minutes as a correct record, subject to any corrections it made; the chair signs them:
     * numbers freeze, who and when are kept, and the approving meeting's item records it in its own minutes.
     */
    @Transactional
    public void signOff(long minutesMeetingId, String subjectTo) {
        Meeting meeting = meetings.meeting(minutesMeetingId);
        requireSigner(meeting);
        MinutesLifecycle next = minutes.lifecycle(meeting).after(MinutesStep.SIGN_OFF);
        MinutesSignOff s = minutes.signOff(minutesMeetingId);
        AgendaItem item = requireApprovingItem(meeting, s.getPutItemId());
        if (corrections.existsByMeetingIdAndStatus(minutesMeetingId, CorrectionStatus.PENDING)) {
            throw new MinutesRefusal(MinutesRefusal.Reason.SUGGESTIONS_PENDING);
        }
        String note = subjectTo == null || subjectTo.isBlank() ? null : subjectTo.strip();
        if (note != null && note.length() > MAX_REASON) {
            throw new InvalidField("subjectTo", "Write at most " + MAX_REASON + " characters");
        }
        minutes.freeze(meeting);
        String chair = minutes.displayName();
        s.approved(clock.instant(), chair, item.getId(), note);
        minutes.recordOnItem(item.getId(), approvalMinute(meeting, note));
        events.publishEvent(new MinutesMoved(minutesMeetingId, next.minutes()));
    }

    /** The minute the approving meeting keeps: "The minutes of the meeting held on … were agreed as a correct record". */
    static String approvalMinute(Meeting meeting, String note) {
        String held = meeting.getStartsAt() == null ? "" : " held on " + UkTime.date(meeting.getStartsAt(), null);
        String text = "The minutes of the meeting" + held + " were agreed as a correct record";
        if (note != null) {
            text += ", subject to " + note.replaceAll("[.\\s]+$", "");
        }
        return text + ", and signed by the Chair.";
    }

    // ---------------------------------------------------------------- the clerk, after publication

    /**
     * Corrects a paragraph of published minutes. The published version is not touched: the corrected minutes become
     * a new version with its reason, and every earlier version stays readable as it was published.
     */
    @Transactional
    public MinutesVersionSummary correctPublished(long paragraphId, long expectedVersion, String text, String reason) {
        MinuteParagraph p = minutes.paragraph(paragraphId);
        Meeting meeting = meetings.meeting(p.getMeetingId());
        if (!AccessPolicy.canRecordMinutes(viewer.get(), meeting.getBodyId())) {
            throw new AccessDeniedException("You may not correct these minutes");
        }
        minutes.lifecycle(meeting).after(MinutesStep.CORRECT_PUBLISHED);
        String why = requireReason(reason, "reason", "Say why the published minutes are corrected");
        if (text != null && text.strip().equals(p.getText())) {
            throw new InvalidField("text", "The text is unchanged");
        }
        minutes.replaceText(paragraphId, expectedVersion, text, "corrected after publication");
        MinutesVersion v = versions.snapshot(meeting, minutes.currentParagraphs(meeting.getId()), why, minutes.displayName());
        events.publishEvent(new MinutesMoved(meeting.getId(), MinutesStatus.PUBLISHED));
        return new MinutesVersionSummary(v.getNumber(), v.getCreatedAt(), v.getCreatedBy(), v.getReason());
    }

    // ---------------------------------------------------------------- checks

    private MinutesCorrection correction(long id) {
        return corrections.findById(id).orElseThrow(() -> new NoSuchElementException("No suggested correction " + id));
    }

    private Meeting requireClerkOfDraft(MinutesCorrection c) {
        Meeting meeting = meetings.meeting(c.getMeetingId());
        if (!AccessPolicy.canRecordMinutes(viewer.get(), meeting.getBodyId())) {
            throw new AccessDeniedException("Only the clerk answers suggested corrections");
        }
        requireDraft(meeting);
        return meeting;
    }

    private void requireDraft(Meeting meeting) {
        MinutesLifecycle state = minutes.lifecycle(meeting);
        if (state.meeting() != MeetingStatus.CLOSED) {
            throw new MinutesRefusal(MinutesRefusal.Reason.MEETING_NOT_CLOSED);
        }
        if (!state.isDraft()) {
            throw new MinutesRefusal(MinutesRefusal.Reason.NOT_A_DRAFT);
        }
    }

    private void requireSigner(Meeting meeting) {
        if (!AccessPolicy.canSignMinutes(viewer.get(), meeting.getBodyId())) {
            throw new AccessDeniedException("Only the chair (or the clerk for the chair) puts and signs the minutes");
        }
    }

    /** The "Minutes of the previous meeting" item of a later meeting of the same body, taking place or just held. */
    private AgendaItem requireApprovingItem(Meeting minutesMeeting, Long itemId) {
        if (itemId == null) {
            throw new MinutesRefusal(MinutesRefusal.Reason.NOT_PUT_FOR_APPROVAL);
        }
        AgendaItem item = meetings.item(itemId);
        Meeting approving = meetings.meeting(item.getMeetingId());
        if (item.getStandardItem() != StandardItem.PREVIOUS_MINUTES || !isEarlier(minutesMeeting, approving)) {
            throw new MinutesRefusal(MinutesRefusal.Reason.NOT_THE_NEXT_MEETING);
        }
        boolean held = approving.getStatus() == MeetingStatus.LIVE || (approving.getStatus() == MeetingStatus.CLOSED
                && (approving.getMinutesStatus() == MinutesStatus.DRAFT || approving.getMinutesStatus() == MinutesStatus.DRAFT_PUBLISHED));
        if (!held) {
            throw new MinutesRefusal(MinutesRefusal.Reason.APPROVING_MEETING_NOT_HELD);
        }
        return item;
    }

    private Optional<AgendaItem> previousMinutesItem(long meetingId) {
        return meetings.itemsOf(meetingId).stream().filter(i -> i.getStandardItem() == StandardItem.PREVIOUS_MINUTES).findFirst();
    }

    /** Same body, another meeting, and not after it (meetings without a date count as earlier: the seeds' records). */
    private static boolean isEarlier(Meeting earlier, Meeting later) {
        if (!earlier.getBodyId().equals(later.getBodyId()) || earlier.getId().equals(later.getId())) {
            return false;
        }
        return earlier.getStartsAt() == null || later.getStartsAt() == null || earlier.getStartsAt().isBefore(later.getStartsAt());
    }

    private static int compareStarts(Meeting a, Meeting b) {
        if (a.getStartsAt() == null || b.getStartsAt() == null) {
            return a.getStartsAt() == null ? (b.getStartsAt() == null ? 0 : -1) : 1;
        }
        return a.getStartsAt().compareTo(b.getStartsAt());
    }

    private static String requireReason(String reason, String field, String message) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidField(field, message);
        }
        if (why.length() > MAX_REASON) {
            throw new InvalidField(field, "Write at most " + MAX_REASON + " characters");
        }
        return why;
    }

    private Map<Long, String> paragraphNumbers(long meetingId) {
        Map<Long, String> out = new HashMap<>();
        minutes.record(meetingId).items().forEach(i -> i.paragraphs().forEach(p -> out.put(p.id(), p.number())));
        return out;
    }
}
