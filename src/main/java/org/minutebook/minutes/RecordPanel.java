package org.minutebook.minutes;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.minutebook.security.MeetingStatus;

/** The meeting's record as printed: the draft banner, attendance, then each item. */
public class RecordPanel extends Div {

    public RecordPanel(MeetingRecord record, boolean agendaDraft) {
        addClassName("record");
        // Nothing to mark before a word of the minutes exists (a meeting not yet held, with no paragraphs).
        boolean minutesBegun = record.status() == MeetingStatus.LIVE || record.status() == MeetingStatus.CLOSED
                || record.items().stream().anyMatch(i -> !i.paragraphs().isEmpty());
        if (record.draft() && minutesBegun) {
            add(banner("Draft — subject to approval", "draft-banner"));
        }
        if (agendaDraft && record.agendaVisible()) {
            add(banner("Draft agenda — not yet published. Only members of the body and its clerk can see it.", "draft-banner"));
        }
        if (!record.present().isEmpty() || !record.apologies().isEmpty() || !record.inAttendance().isEmpty()) {
            var attendance = new Section(new H2("Attendance"));
            attendance.addClassName("attendance");
            attendance.add(names("Present", record.present()), names("Apologies", record.apologies()),
                    names("In attendance", record.inAttendance()));
            add(attendance);
        }
        if (!record.agendaVisible() && !record.minutes().isVisible()) {
            add(new Paragraph("The agenda for this meeting has not been published yet."));
            return;
        }
        if (record.items().isEmpty()) {
            add(new Paragraph("There are no items on this agenda yet."));
        }
        record.items().forEach(item -> add(new ItemSection(item, record.status())));
    }

    private static Paragraph banner(String text, String className) {
        var p = new Paragraph(text);
        p.addClassName(className);
        p.getElement().setAttribute("role", "note");
        return p;
    }

    private static Paragraph names(String label, List<String> names) {
        var p = new Paragraph();
        p.setVisible(!names.isEmpty());
        var strong = new Span(label + ": ");
        strong.addClassName("attendance-label");
        p.add(strong, new Span(String.join(", ", names)));
        return p;
    }
}
