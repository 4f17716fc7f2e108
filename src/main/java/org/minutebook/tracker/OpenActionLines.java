package org.minutebook.tracker;

import java.util.List;
import org.minutebook.actions.Action;
import org.minutebook.actions.ActionService;
import org.minutebook.meeting.MeetingService;
import org.minutebook.meeting.OpenActionLog;
import org.springframework.stereotype.Component;

/**
 * The "Matters arising and action log" lines for a meeting's agenda: each action of the body still open from an
 * earlier meeting, with its owner, due date and source minute. The agenda is published, so actions raised under
 * an exempt (Part II) item are left out; the clerk's console still lists them for the meeting.
 */
@Component
class OpenActionLines implements OpenActionLog {

    private final ActionService actions;
    private final ActionRows rows;
    private final MeetingService meetings;

    OpenActionLines(ActionService actions, ActionRows rows, MeetingService meetings) {
        this.actions = actions;
        this.rows = rows;
        this.meetings = meetings;
    }

    @Override
    public List<String> openActionLines(long meetingId) {
        List<Action> open = actions.openFromEarlierMeetings(meetingId).stream()
                .filter(a -> !meetings.item(a.getSourceItemId()).isExempt()).toList();
        return rows.rows(open).stream().map(OpenActionLines::line).toList();
    }

    static String line(ActionRow r) {
        String from = r.paragraph() != null ? "minute " + r.paragraph() : r.item() != null ? "item " + r.item() : "the meeting";
        return r.description() + " (owner: " + r.owner() + "; due: " + r.dueWithState() + "; status: " + r.statusLabel()
                + "; from " + from + " of " + (r.meeting().startsWith("meeting") ? "the " : "the meeting of ") + r.meeting() + ")";
    }
}
