package org.minutebook.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import java.util.Map;

/** Who sits on a body now: add a seat, or end one (ended seats stay in the record for past minutes). */
class MembersPanel extends Section {

    final H2 heading = new H2("Members");
    final Grid<Membership> grid = new Grid<>();
    final ComboBox<Person> person = new ComboBox<>("Person");
    final Select<MembershipRole> role = new Select<>();
    final Button add = new Button("Add member");

    private final PeopleService people;
    private Map<Long, Person> names = Map.of();
    private Body body;

    MembersPanel(PeopleService people) {
        this.people = people;
        grid.addColumn(m -> nameOf(m.getPersonId())).setHeader("Person").setFlexGrow(2);
        grid.addColumn(m -> m.getRole().label()).setHeader("Role");
        grid.addComponentColumn(this::endButton).setHeader("Membership").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Current members");

        person.setItemLabelGenerator(Person::getName);
        person.setRequiredIndicatorVisible(true);
        role.setLabel("Role");
        role.setItems(MembershipRole.values());
        role.setItemLabelGenerator(MembershipRole::label);
        role.setValue(MembershipRole.MEMBER);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addMember());

        add(heading, grid, new H3("Add a member"), new FormLayout(person, role), add);
        setVisible(false);
    }

    /** Shows the members of a saved body; hidden for none or a body not yet saved. */
    void show(Body body) {
        this.body = body;
        setVisible(body != null && body.getId() != null);
        if (isVisible()) {
            heading.setText("Members of " + body.getName());
            person.setItems(people.people());
            refresh();
        }
    }

    private void refresh() {
        var current = people.currentMembers(body.getId());
        names = people.peopleById(current.stream().map(Membership::getPersonId).toList());
        grid.setItems(current);
    }

    private void addMember() {
        person.setInvalid(person.isEmpty());
        person.setErrorMessage("Choose a person");
        if (person.isEmpty() || role.isEmpty()) {
            return;
        }
        try {
            people.addMembership(person.getValue().getId(), body.getId(), role.getValue());
            Refusals.done(person.getValue().getName() + " added as " + role.getValue().label());
            person.clear();
            refresh();
        } catch (RuntimeException refusal) {
            Refusals.show(refusal, Map.of("person", person, "role", role));
        }
    }

    private Button endButton(Membership m) {
        var end = new Button("End", e -> {
            try {
                people.endMembership(m.getId());
                Refusals.done("Ended " + nameOf(m.getPersonId()) + "'s membership as " + m.getRole().label());
                refresh();
            } catch (RuntimeException refusal) {
                Refusals.show(refusal, Map.of());
            }
        });
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        end.setAriaLabel("End " + nameOf(m.getPersonId()) + "'s membership as " + m.getRole().label());
        return end;
    }

    private String nameOf(Long personId) {
        var p = names.get(personId);
        return p == null ? "(unknown person)" : p.getName();
    }
}
