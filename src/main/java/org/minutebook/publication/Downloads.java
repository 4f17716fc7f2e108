package org.minutebook.publication;

import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.MeetingService;
import org.minutebook.security.AccessPolicy;
import org.minutebook.security.MeetingFacts;
import org.minutebook.security.MeetingStatus;
import org.minutebook.security.Viewer;
import org.springframework.stereotype.Component;

/**
 * Which documents a meeting page offers for download, asked as the public whoever reads the page: the downloads are
 * always the public record, so a member reading an unpublished draft is not offered a link that would not answer.
 * Called from the template as {@code @downloads.of(id)}.
 */
@Component("downloads")
public class Downloads {

    /** What there is to download for one meeting. */
    public record Offer(boolean minutes, boolean agendaPack) {
        public boolean any() {
            return minutes || agendaPack;
        }
    }

    private final MeetingService meetings;

    Downloads(MeetingService meetings) {
        this.meetings = meetings;
    }

    public Offer of(long meetingId) {
        Meeting m = meetings.meeting(meetingId);
        MeetingFacts facts = MeetingService.facts(m);
        Viewer anyone = Viewer.anonymous();
        // While live, the record is still being written: the page, not a document, is the way to follow it.
        boolean minutes = m.getStatus() != MeetingStatus.LIVE && AccessPolicy.minutesAccess(anyone, facts).isVisible();
        return new Offer(minutes, AccessPolicy.canSeeAgenda(anyone, facts));
    }
}
