package org.minutebook.room;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minutebook.meeting.DeclarationOfInterest;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.people.Membership;
import org.minutebook.people.MembershipRole;
import org.minutebook.security.MeetingStatus;

/** Declarations of interest, at the start of the meeting ("general") or on an item: the list, and recording one. */
class DeclarationsPanel extends Div {

    private final ChairServices s;
    final UnorderedList list = new UnorderedList();
    final Paragraph none = new Paragraph("No declarations of interest so far.");
    final ComboBox<Long> person = new ComboBox<>();
    final Select<Long> item = new Select<>();
    final RadioButtonGroup<DeclarationOfInterest.Kind> kind = new RadioButtonGroup<>();
    final TextArea text = new TextArea("The interest");
    final Button save = new Button("Record declaration", e -> save());
    final Binder<NewDeclaration> binder = new Binder<>();
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, String> items = new HashMap<>();
    private int shown;

    DeclarationsPanel(ChairServices services) {
        this.s = services;
        addClassName("declarations");
        none.addClassName("muted");
        person.setLabel("Who declares");
        person.setItemLabelGenerator(id -> names.getOrDefault(id, ""));
        item.setLabel("On");
        item.setEmptySelectionAllowed(true);
        item.setEmptySelectionCaption("General — the whole meeting");
        item.setItemLabelGenerator(id -> id == null ? "General — the whole meeting" : items.getOrDefault(id, ""));
        kind.setLabel("Kind of interest");
        kind.setItems(DeclarationOfInterest.Kind.values());
        kind.setItemLabelGenerator(DeclarationsPanel::label);
        text.setHelperText("As the minutes will say it, e.g. \"as a governor of Chichester College\"");
        text.setMaxLength(2000);
        binder.forField(person).asRequired("Choose who declares").bind(NewDeclaration::getPersonId, NewDeclaration::setPersonId);
        binder.forField(item).bind(NewDeclaration::getItemId, NewDeclaration::setItemId);
        binder.forField(kind).asRequired("Choose the kind of interest").bind(NewDeclaration::getKind, NewDeclaration::setKind);
        binder.forField(text).asRequired("Say what the interest is").bind(NewDeclaration::getText, NewDeclaration::setText);
        binder.setBean(new NewDeclaration());
        var form = new Div(person, item, kind, text, save);
        form.addClassName("declaration-form");
        add(list, none, form);
    }

    static String label(DeclarationOfInterest.Kind k) {
        return switch (k) {
            case PERSONAL -> "Personal";
            case PREJUDICIAL -> "Prejudicial";
            case DISCLOSABLE_PECUNIARY -> "Disclosable pecuniary";
        };
    }

    void refresh(MeetingRecord record, MeetingStatus status) {
        List<Membership> members = s.people().currentMembers(s.bodyId());
        Set<Long> ids = new HashSet<>();
        // The clerk serves the body but has no interest to declare in its business.
        members.stream().filter(m -> m.getRole() != MembershipRole.CLERK).forEach(m -> ids.add(m.getPersonId()));
        s.meetings().attendance(s.meetingId()).forEach(a -> ids.add(a.getPersonId()));
        List<DeclarationOfInterest> declarations = s.chair().declarations(s.meetingId());
        declarations.forEach(d -> ids.add(d.getPersonId()));
        var people = s.people().peopleById(ids);
        names.clear();
        people.forEach((id, p) -> names.put(id, p.getName()));
        items.clear();
        record.items().forEach(i -> items.put(i.id(), i.heading()));

        // Options change only when people or items do, so a choice being made is not reset by a push.
        List<Long> who = new ArrayList<>(ids);
        who.sort((a, b) -> names.getOrDefault(a, "").compareToIgnoreCase(names.getOrDefault(b, "")));
        if (!who.equals(person.getListDataView().getItems().toList())) {
            Long chosen = person.getValue();
            person.setItems(who);
            person.setValue(who.contains(chosen) ? chosen : null);
        }
        List<Long> agenda = record.items().stream().map(MeetingRecord.Item::id).toList();
        if (!agenda.equals(item.getListDataView().getItems().toList())) {
            Long chosen = item.getValue();
            item.setItems(agenda);
            item.setValue(agenda.contains(chosen) ? chosen : null);
        }
        // Declarations are never taken back, so new ones are appended and the rest stay as they are.
        for (int i = shown; i < declarations.size(); i++) {
            DeclarationOfInterest d = declarations.get(i);
            list.add(new ListItem(names.getOrDefault(d.getPersonId(), "Unknown person") + " — "
                    + (d.getItemId() == null ? "general" : items.getOrDefault(d.getItemId(), "an item")) + " — "
                    + label(d.getKind()) + " interest" + (d.getText() == null || d.getText().isBlank() ? "" : ": " + d.getText())));
        }
        shown = declarations.size();
        none.setVisible(declarations.isEmpty());
        boolean open = status != MeetingStatus.CLOSED;
        person.setVisible(open);
        item.setVisible(open);
        kind.setVisible(open);
        text.setVisible(open);
        save.setVisible(open);
    }

    private void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        NewDeclaration d = binder.getBean();
        if (ChairFeedback.attempt(() -> s.chair().declare(s.meetingId(), d.getItemId(), d.getPersonId(), d.getKind(), d.getText()),
                "Declaration recorded.")) {
            binder.setBean(new NewDeclaration());
            s.changed().run();
            person.focus();
        }
    }
}
