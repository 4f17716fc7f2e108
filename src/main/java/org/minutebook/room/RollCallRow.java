package org.minutebook.room;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.minutebook.meeting.Attendance;
import org.minutebook.meeting.AttendanceKind;
import org.minutebook.shared.UkTime;

/**
 * One member in the roll call: present, apologies, absent or substitute (and for whom); "Left the meeting" for
 * someone present, and "Back in the meeting" after. Values set from the server never count as the chair's choice.
 */
class RollCallRow extends ListItem {

    static final List<AttendanceKind> CHOICES = List.of(AttendanceKind.PRESENT, AttendanceKind.APOLOGIES,
            AttendanceKind.ABSENT, AttendanceKind.SUBSTITUTE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(UkTime.ZONE);

    final long personId;
    final RadioButtonGroup<AttendanceKind> kind = new RadioButtonGroup<>();
    final Select<Long> forWhom = new Select<>();
    final Span left = new Span();
    final Button leaves = new Button("Left the meeting");
    final Button returns = new Button("Back in the meeting");
    /** True while the server's state is being shown, so listeners can tell it from the chair's own choice. */
    boolean showing;

    RollCallRow(long personId, String label, String name, Map<Long, String> otherMembers) {
        this.personId = personId;
        addClassName("roll-call-row");
        kind.setLabel(label);
        kind.setItems(CHOICES);
        kind.setItemLabelGenerator(RollCallRow::label);
        forWhom.setLabel("Substitute for");
        forWhom.setItems(otherMembers.keySet());
        forWhom.setItemLabelGenerator(id -> otherMembers.getOrDefault(id, ""));
        forWhom.setPlaceholder("Choose the member");
        forWhom.setVisible(false);
        forWhom.setAriaLabel(name + " is substitute for");
        left.addClassName("muted");
        leaves.setAriaLabel(name + " left the meeting");
        returns.setAriaLabel(name + " is back in the meeting");
        for (Button b : new Button[] {leaves, returns}) {
            b.addThemeVariants(ButtonVariant.SMALL);
        }
        var after = new Div(left, leaves, returns);
        after.addClassName("roll-call-after");
        add(kind, forWhom, after);
    }

    static String label(AttendanceKind k) {
        return switch (k) {
            case PRESENT -> "Present";
            case APOLOGIES -> "Apologies";
            case ABSENT -> "Absent";
            case SUBSTITUTE -> "Substitute";
            case IN_ATTENDANCE -> "In attendance";
        };
    }

    /** True when the chair chose "Substitute" but not yet for whom: a push must not undo that half-made choice. */
    boolean choosingSubstitute() {
        return kind.getValue() == AttendanceKind.SUBSTITUTE && forWhom.getValue() == null;
    }

    void show(Attendance a, boolean live) {
        showing = true;
        try {
            AttendanceKind k = a == null || !EnumSet.copyOf(CHOICES).contains(a.getKind()) ? null : a.getKind();
            if (!choosingSubstitute()) {
                kind.setValue(k);
                forWhom.setValue(k == AttendanceKind.SUBSTITUTE ? a.getSubstituteForPersonId() : null);
            }
            forWhom.setVisible(kind.getValue() == AttendanceKind.SUBSTITUTE);
            boolean here = k == AttendanceKind.PRESENT || k == AttendanceKind.SUBSTITUTE;
            boolean gone = here && a.getLeftAt() != null;
            left.setText(gone ? "Left at " + TIME.format(a.getLeftAt()) : "");
            left.setVisible(gone);
            leaves.setVisible(live && here && !gone);
            returns.setVisible(live && gone);
        } finally {
            showing = false;
        }
    }
}
