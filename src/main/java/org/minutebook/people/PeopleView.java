package org.minutebook.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** Administrators keep the people the record names, and the organisations they work for. */
@Route("admin/people")
@PageTitle("People — Minutebook")
@Menu(title = "People", order = 11)
@RolesAllowed("ADMIN")
class PeopleView extends Main {

    final Grid<Person> grid = new Grid<>();
    final Button newPerson = new Button("New person");
    final PersonForm form;
    final OrganisationsPanel organisations;

    private final PeopleService people;
    private Map<Long, Organisation> organisationsById = Map.of();

    PeopleView(PeopleService people) {
        this.people = people;
        addClassNames("view", "admin-view");
        form = new PersonForm(this::save, this::close);
        organisations = new OrganisationsPanel(people, this::refresh);

        grid.addColumn(Person::getName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(p -> p.getJobTitle() == null ? "" : p.getJobTitle()).setHeader("Job title").setFlexGrow(2);
        grid.addColumn(this::organisationOf).setHeader("Organisation").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("People");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                form.edit(e.getValue());
            }
        });
        newPerson.addClickListener(e -> {
            grid.asSingleSelect().clear();
            form.edit(new Person("", null, null));
        });

        var split = new Div(new Div(newPerson, grid), new Div(form));
        split.addClassName("admin-split");
        add(new H1("People"), split, organisations);
        refresh();
    }

    private void save(Person person) {
        try {
            Person saved = people.savePerson(person);
            refresh();
            grid.select(saved);
            form.edit(saved);
            Refusals.done("Saved " + saved.getName());
        } catch (RuntimeException refusal) {
            form.showRefusal(refusal);
        }
    }

    private void close() {
        grid.asSingleSelect().clear();
        form.edit(null);
    }

    private void refresh() {
        var all = people.organisations();
        organisationsById = all.stream().collect(java.util.stream.Collectors.toMap(Organisation::getId, o -> o));
        form.setOrganisations(all);
        grid.setItems(people.people());
    }

    private String organisationOf(Person p) {
        var o = p.getOrganisationId() == null ? null : organisationsById.get(p.getOrganisationId());
        return o == null ? "" : o.getName();
    }
}
