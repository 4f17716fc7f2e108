package org.minutebook.meeting;

import com.vaadin.flow.component.html.Span;
import org.minutebook.security.AgendaStatus;
import org.minutebook.security.MeetingStatus;
import org.minutebook.security.MinutesStatus;

/** A small label for where a meeting, its agenda, its minutes or an item stands. The words carry the meaning, not the colour. */
public class StatusBadge extends Span {

    private StatusBadge(String text, String kind) {
        super(text);
        addClassNames("badge", kind);
    }

    public static StatusBadge of(MeetingStatus status) {
        return switch (status) {
            case SCHEDULED -> new StatusBadge("Scheduled", "scheduled");
            case LIVE -> new StatusBadge("Live now", "live");
            case CLOSED -> new StatusBadge("Closed", "closed");
            case CANCELLED -> new StatusBadge("Cancelled", "cancelled");
            case POSTPONED -> new StatusBadge("Postponed", "postponed");
        };
    }

    public static StatusBadge of(AgendaStatus status) {
        return status == AgendaStatus.PUBLISHED
                ? new StatusBadge("Agenda published", "published")
                : new StatusBadge("Agenda draft", "draft");
    }

    public static StatusBadge of(MinutesStatus status) {
        return switch (status) {
            case DRAFT -> new StatusBadge("Minutes draft", "draft");
            case DRAFT_PUBLISHED -> new StatusBadge("Draft minutes published", "draft");
            case APPROVED -> new StatusBadge("Minutes approved", "approved");
            case PUBLISHED -> new StatusBadge("Minutes published", "published");
        };
    }

    public static StatusBadge of(ItemStatus status) {
        return switch (status) {
            case PENDING -> new StatusBadge("Not yet taken", "pending");
            case OPEN -> new StatusBadge("Under discussion", "live");
            case DONE -> new StatusBadge("Taken", "closed");
            case DEFERRED -> new StatusBadge("Deferred", "postponed");
            case WITHDRAWN -> new StatusBadge("Withdrawn", "cancelled");
        };
    }

    /** Whether the minutes' state is worth showing: once the meeting has begun, or the minutes have moved on. */
    public static boolean minutesWorthShowing(MeetingStatus meeting, MinutesStatus minutes) {
        return meeting == MeetingStatus.LIVE || meeting == MeetingStatus.CLOSED || minutes != MinutesStatus.DRAFT;
    }
}
