package org.minutebook.room;

import com.vaadin.flow.component.html.Span;
import org.minutebook.meeting.ItemOutcome;
import org.minutebook.meeting.ItemStatus;

/** Where an agenda item stands, in words (the colour only helps): "Not yet taken", "Resolved", "Deferred" … */
final class ItemLabels {

    private ItemLabels() {
    }

    static Span badge(ItemStatus status, ItemOutcome outcome) {
        var badge = new Span(text(status, outcome));
        badge.addClassNames("badge", switch (status) {
            case PENDING -> "pending";
            case OPEN -> "live";
            case DONE -> "closed";
            case DEFERRED -> "postponed";
            case WITHDRAWN -> "cancelled";
        });
        return badge;
    }

    static String text(ItemStatus status, ItemOutcome outcome) {
        return switch (status) {
            case PENDING -> "Not yet taken";
            case OPEN -> "Under discussion";
            case DONE -> outcome == null ? "Taken" : outcome == ItemOutcome.RESOLVED ? "Resolved" : "Noted";
            case DEFERRED -> "Deferred";
            case WITHDRAWN -> "Withdrawn";
        };
    }
}
