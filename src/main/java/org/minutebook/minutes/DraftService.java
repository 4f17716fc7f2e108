package org.minutebook.minutes;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.minutebook.meeting.AgendaItem;
import org.minutebook.meeting.MeetingService;
import org.minutebook.security.AccessPolicy;
import org.minutebook.security.CurrentViewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clerk's private drafts, one per clerk and paragraph (or per item for a paragraph not yet saved).
 * The console saves them debounced as the clerk types; saving the paragraph itself discards the draft.
 */
@Service
@Transactional
public class DraftService {

    private final ParagraphDraftRepository drafts;
    private final MeetingService meetings;
    private final CurrentViewer viewer;
    private final Clock clock;

    DraftService(ParagraphDraftRepository drafts, MeetingService meetings, CurrentViewer viewer, Clock clock) {
        this.drafts = drafts;
        this.meetings = meetings;
        this.viewer = viewer;
        this.clock = clock;
    }

    /** Keeps what the clerk has typed for this item's paragraph (null paragraphId: a new one). */
    public void save(long itemId, Long paragraphId, String text) {
        check(itemId);
        String user = viewer.name();
        // Filled before the first save: the insert happens at once (identity ids) and the text may not be null.
        ParagraphDraft draft = find(user, itemId, paragraphId).orElseGet(() -> new ParagraphDraft(user, itemId, paragraphId));
        draft.update(text == null ? "" : text, clock.instant());
        drafts.save(draft);
    }

    @Transactional(readOnly = true)
    public Optional<String> draft(long itemId, Long paragraphId) {
        check(itemId);
        return find(viewer.name(), itemId, paragraphId).map(ParagraphDraft::getText);
    }

    /** A draft and when it was last kept, so the console can say "Restored your unsaved text from 10:42". */
    public record Draft(String text, Instant savedAt) {
    }

    /** The signed-in clerk's draft of this item's paragraph (null paragraphId: a new one), with its time. */
    @Transactional(readOnly = true)
    public Optional<Draft> savedDraft(long itemId, Long paragraphId) {
        check(itemId);
        return find(viewer.name(), itemId, paragraphId).map(d -> new Draft(d.getText(), d.getUpdatedAt()));
    }

    public void discard(long itemId, Long paragraphId) {
        check(itemId);
        find(viewer.name(), itemId, paragraphId).ifPresent(drafts::delete);
    }

    private Optional<ParagraphDraft> find(String user, long itemId, Long paragraphId) {
        return paragraphId == null
                ? drafts.findByUsernameAndItemIdAndParagraphIdIsNull(user, itemId)
                : drafts.findByUsernameAndItemIdAndParagraphId(user, itemId, paragraphId);
    }

    private void check(long itemId) {
        AgendaItem item = meetings.item(itemId);
        if (!AccessPolicy.canRecordMinutes(viewer.get(), meetings.meeting(item.getMeetingId()).getBodyId())) {
            throw new AccessDeniedException("Only the body's clerk keeps drafts of its minutes");
        }
    }
}
