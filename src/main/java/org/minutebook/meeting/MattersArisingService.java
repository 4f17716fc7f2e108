package org.minutebook.meeting;

import java.util.List;
import java.util.Optional;
import org.minutebook.security.AccessPolicy;
import org.minutebook.security.CurrentViewer;
import org.minutebook.security.MeetingStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers the clerk the action log for the next meeting's "Matters arising and action log" item: every action
 * still open from the body's earlier meetings. Nothing is put on the agenda until the clerk confirms. Items
 * deferred or not reached are offered beside it by {@link MeetingService#carryForwardCandidates}.
 */
@Service
@Transactional(readOnly = true)
public class MattersArisingService {

    static final String INTRO = "Members are asked to note progress on these actions still open from earlier meetings:";

    private final MeetingService meetings;
    private final AgendaItemRepository items;
    private final ObjectProvider<OpenActionLog> log;
    private final CurrentViewer viewer;

    MattersArisingService(MeetingService meetings, AgendaItemRepository items, ObjectProvider<OpenActionLog> log,
                          CurrentViewer viewer) {
        this.meetings = meetings;
        this.items = items;
        this.log = log;
        this.viewer = viewer;
    }

    /** What would go on the agenda: the open actions, one line each; empty when there are none or the meeting was held. */
    public List<String> offer(long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        requireClerk(meeting);
        OpenActionLog source = log.getIfAvailable();
        if (meeting.getStatus() != MeetingStatus.SCHEDULED || source == null) {
            return List.of();
        }
        return source.openActionLines(meetingId);
    }

    /** The agenda's "Matters arising and action log" item, if it has one. */
    public Optional<AgendaItem> item(long meetingId) {
        return items.findByMeetingIdOrderByPositionAsc(meetingId).stream()
                .filter(i -> i.getStandardItem() == StandardItem.MATTERS_ARISING).findFirst();
    }

    /** The lines now listed under the agenda's "Matters arising and action log" item (empty if none or no item). */
    public List<String> listed(long meetingId) {
        return item(meetingId).map(i -> List.copyOf(i.getRecommendations())).orElse(List.of());
    }

    /**
     * The clerk confirms the offer: the open actions become the "Matters arising and action log" item's list (the
     * item is added, before new business, if the agenda lacks it). Confirming again brings the list up to date.
     */
    @Transactional
    public AgendaItem confirm(long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        requireClerk(meeting);
        if (meeting.getStatus() != MeetingStatus.SCHEDULED) {
            throw new IllegalStateException("The action log can be added only to a meeting not yet held");
        }
        List<String> lines = offer(meetingId);
        AgendaItem item = item(meetingId).orElseGet(() -> {
            var details = new ItemDetails();
            details.setTitle(StandardItem.MATTERS_ARISING.title());
            AgendaItem added = meetings.addItem(meetingId, details);
            added.setStandardItem(StandardItem.MATTERS_ARISING);
            return added;
        });
        item.setRecommendationsIntro(lines.isEmpty() ? null : INTRO);
        item.setRecommendations(new java.util.ArrayList<>(lines));
        return items.save(item);
    }

    private void requireClerk(Meeting meeting) {
        if (!AccessPolicy.canEditAgenda(viewer.get(), meeting.getBodyId())) {
            throw new AccessDeniedException("You may not edit this agenda");
        }
    }
}
