package org.minutebook.room;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Objects;
import org.minutebook.meeting.Quorum;
import org.minutebook.meeting.StatusBadge;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.security.MeetingStatus;

/**
 * The top of the live view: which meeting, whether it is live, whether it can decide (the quorum), and the
 * item under discussion. Each line changes its text in place, so screen readers announce only what changed.
 */
class LiveHeader extends Header {

    final Span body = new Span();
    final Span when = new Span();
    final Div badges = new Div();
    final Paragraph quorum = new Paragraph();
    final Paragraph now = new Paragraph();
    private MeetingStatus shownStatus;

    LiveHeader() {
        addClassName("live-header");
        when.addClassName("meeting-when");
        var h1 = new H1(body, when);
        badges.addClassName("badges");
        quorum.addClassName("quorum");
        // A polite live region: a member who leaves mid-meeting can make the meeting inquorate.
        quorum.getElement().setAttribute("role", "status");
        now.addClassName("now-line");
        now.getElement().setAttribute("role", "status");
        add(h1, badges, quorum, now);
    }

    void show(MeetingRecord record, Quorum q) {
        setIfChanged(body, record.bodyName());
        setIfChanged(when, record.when() == null ? "Date not recorded" : record.when());
        if (record.status() != shownStatus) {
            shownStatus = record.status();
            badges.removeAll();
            badges.add(StatusBadge.of(record.status()));
        }
        boolean live = record.status() == MeetingStatus.LIVE;
        quorum.setVisible(live);
        if (live) {
            setIfChanged(quorum, quorumText(q));
            quorum.setClassName("warning", !q.quorate());
            quorum.setClassName("unset", q.required() == null);
        }
        setIfChanged(now, nowText(record));
    }

    static String quorumText(Quorum q) {
        if (q.required() == null) {
            return "No quorum set: " + q.present() + " voting members present";
        }
        return (q.quorate() ? "Quorate: " : "Not quorate: ") + q.present() + " present, " + q.required() + " needed";
    }

    static String nowText(MeetingRecord record) {
        return switch (record.status()) {
            case SCHEDULED -> "The meeting has not started yet.";
            case CLOSED -> "The meeting has closed.";
            case CANCELLED -> "The meeting was cancelled.";
            case POSTPONED -> "The meeting was postponed.";
            case LIVE -> record.currentItem().map(i -> "Now: " + i.heading()).orElse("No item is open at the moment.");
        };
    }

    /** What each text shows, remembered: reading it back from the element builds a string per viewer per update. */
    private final java.util.Map<com.vaadin.flow.component.HasText, String> shownText = new java.util.IdentityHashMap<>();

    private void setIfChanged(com.vaadin.flow.component.HasText target, String text) {
        if (!Objects.equals(shownText.get(target), text)) {
            target.setText(text);
            shownText.put(target, text);
        }
    }
}
