package org.minutebook.room;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minutebook.meeting.Attendance;
import org.minutebook.meeting.AttendanceKind;
import org.minutebook.people.Membership;
import org.minutebook.people.Person;
import org.minutebook.security.MeetingStatus;

/**
 * The roll call: every current voting member of the body with present, apologies, absent or substitute; who left
 * mid-meeting; and officers or guests "in attendance". Each choice is saved at once; the quorum follows.
 */
class RollCallPanel extends Div {

    private final ChairServices s;
    final UnorderedList members = new UnorderedList();
    final Map<Long, RollCallRow> rows = new LinkedHashMap<>();
    final UnorderedList others = new UnorderedList();
    final ComboBox<Person> guest = new ComboBox<>("Add someone in attendance");
    final Button addGuest = new Button("Add in attendance", e -> addGuest());
    private boolean live;

    RollCallPanel(ChairServices services) {
        this.s = services;
        addClassName("roll-call");
        members.addClassName("roll-call-rows");
        others.addClassName("in-attendance");
        guest.setItemLabelGenerator(p -> p.getJobTitle() == null ? p.getName() : p.getName() + ", " + p.getJobTitle());
        guest.setHelperText("Officers and guests who attend but are not members of the body");
        var add = new Div(guest, addGuest);
        add.addClassName("inline-form");
        add(members, others, add);
    }

    void refresh(MeetingStatus status) {
        live = status == MeetingStatus.LIVE;
        List<Membership> voting = s.people().currentMembers(s.bodyId()).stream()
                .filter(m -> m.getRole().isVotingMember()).toList();
        List<Attendance> attendance = s.meetings().attendance(s.meetingId());
        var ids = new java.util.HashSet<Long>();
        voting.forEach(m -> ids.add(m.getPersonId()));
        attendance.forEach(a -> ids.add(a.getPersonId()));
        Map<Long, Person> people = s.people().peopleById(ids);
        Map<Long, Attendance> byPerson = attendance.stream().collect(Collectors.toMap(Attendance::getPersonId, Function.identity()));

        List<Long> memberIds = voting.stream().map(Membership::getPersonId).distinct().toList();
        if (!memberIds.equals(List.copyOf(rows.keySet()))) {
            members.removeAll();
            rows.clear();
            Map<Long, String> names = new LinkedHashMap<>();
            memberIds.forEach(id -> names.put(id, people.get(id).getName()));
            for (Membership m : voting) {
                if (rows.containsKey(m.getPersonId())) {
                    continue;
                }
                var row = newRow(m, names);
                rows.put(m.getPersonId(), row);
                members.add(row);
            }
        }
        rows.values().forEach(r -> r.show(byPerson.get(r.personId), live));

        others.removeAll();
        attendance.stream().filter(a -> !rows.containsKey(a.getPersonId())).forEach(a -> others.add(guestLine(a, people)));
        others.setVisible(others.getChildren().findAny().isPresent());
        if (guest.getListDataView().getItemCount() == 0) {
            guest.setItems(s.people().people());
        }
        guest.setVisible(status != MeetingStatus.CLOSED);
        addGuest.setVisible(status != MeetingStatus.CLOSED);
    }

    private RollCallRow newRow(Membership m, Map<Long, String> names) {
        String name = names.get(m.getPersonId());
        var otherMembers = new LinkedHashMap<>(names);
        otherMembers.remove(m.getPersonId());
        var row = new RollCallRow(m.getPersonId(), name + " (" + m.getRole().label() + ")", name, otherMembers);
        row.kind.addValueChangeListener(e -> {
            if (row.showing || e.getValue() == null) {
                return;
            }
            if (e.getValue() == AttendanceKind.SUBSTITUTE) {
                row.forWhom.setVisible(true);
                if (row.forWhom.getValue() == null) {
                    row.forWhom.focus();
                    return;
                }
            }
            mark(row.personId, e.getValue(), e.getValue() == AttendanceKind.SUBSTITUTE ? row.forWhom.getValue() : null);
        });
        row.forWhom.addValueChangeListener(e -> {
            if (!row.showing && e.getValue() != null && row.kind.getValue() == AttendanceKind.SUBSTITUTE) {
                mark(row.personId, AttendanceKind.SUBSTITUTE, e.getValue());
            }
        });
        row.leaves.addClickListener(e -> {
            if (ChairFeedback.attempt(() -> s.chair().markLeft(s.meetingId(), row.personId), null)) {
                s.changed().run();
                row.returns.focus();
            }
        });
        row.returns.addClickListener(e -> {
            var a = s.meetings().attendance(s.meetingId()).stream().filter(x -> x.getPersonId() == row.personId).findFirst();
            mark(row.personId, a.map(Attendance::getKind).orElse(AttendanceKind.PRESENT),
                    a.map(Attendance::getSubstituteForPersonId).orElse(null));
            row.leaves.focus();
        });
        return row;
    }

    private ListItem guestLine(Attendance a, Map<Long, Person> people) {
        Person p = people.get(a.getPersonId());
        String name = p == null ? "Unknown person" : p.getName();
        var line = new ListItem(new Span(name + " — " + RollCallRow.label(a.getKind()).toLowerCase()
                + (a.getLeftAt() != null ? ", left" : "")));
        if (live && a.getLeftAt() == null) {
            var leaves = new Button("Left the meeting", e -> {
                if (ChairFeedback.attempt(() -> s.chair().markLeft(s.meetingId(), a.getPersonId()), null)) {
                    s.changed().run();
                }
            });
            leaves.setAriaLabel(name + " left the meeting");
            leaves.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.SMALL);
            line.add(leaves);
        }
        return line;
    }

    private void mark(long personId, AttendanceKind kind, Long forWhom) {
        // Refreshed either way: after a refusal the row shows what the server holds, not the refused choice.
        ChairFeedback.attempt(() -> s.chair().markAttendance(s.meetingId(), personId, kind, forWhom), null);
        s.changed().run();
    }

    private void addGuest() {
        Person p = guest.getValue();
        if (p == null) {
            guest.setErrorMessage("Choose the person who is in attendance");
            guest.setInvalid(true);
            return;
        }
        mark(p.getId(), AttendanceKind.IN_ATTENDANCE, null);
        guest.clear();
        guest.setInvalid(false);
    }
}
