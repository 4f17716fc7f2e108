package org.minutebook.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.Map;

/** Councils, NHS bodies, Healthwatch …: pick one to rename it, or add a new one. */
class OrganisationsPanel extends Section {

    final Grid<Organisation> grid = new Grid<>();
    final TextField name = new TextField("Organisation name");
    final Button save = new Button("Add organisation");
    final Button newOrganisation = new Button("New organisation");

    private final PeopleService people;
    private final Runnable onChange;
    private final BeanValidationBinder<Organisation> binder = new BeanValidationBinder<>(Organisation.class);
    private Organisation editing = new Organisation("");

    OrganisationsPanel(PeopleService people, Runnable onChange) {
        this.people = people;
        this.onChange = onChange;
        grid.addColumn(Organisation::getName).setHeader("Name");
        name.setRequiredIndicatorVisible(true);
        grid.setAriaLabel("Organisations");
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue() == null ? new Organisation("") : e.getValue()));
        binder.forField(name).bind("name");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        newOrganisation.addClickListener(e -> grid.asSingleSelect().clear());

        var form = new HorizontalLayout(name, save, newOrganisation);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(new H2("Organisations"), grid, form);
        refresh();
        edit(editing);
    }

    private void edit(Organisation organisation) {
        editing = organisation;
        save.setText(organisation.getId() == null ? "Add organisation" : "Save organisation");
        binder.readBean(organisation);
    }

    private void save() {
        if (!binder.writeBeanIfValid(editing)) {
            return;
        }
        try {
            var saved = people.saveOrganisation(editing);
            Refusals.done("Saved " + saved.getName());
            grid.asSingleSelect().clear();
            refresh();
            edit(new Organisation(""));
            onChange.run();
        } catch (RuntimeException refusal) {
            Refusals.show(refusal, Map.of("name", name));
        }
    }

    private void refresh() {
        grid.setItems(people.organisations());
    }
}
