package org.minutebook.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A person's name, job title and organisation, as the record names them. The view saves. */
class PersonForm extends Section {

    final H2 heading = new H2();
    final TextField name = new TextField("Name");
    final TextField jobTitle = new TextField("Job title");
    final ComboBox<Organisation> organisation = new ComboBox<>("Organisation");
    final Button save = new Button("Save person");
    final Button cancel = new Button("Cancel");

    private final BeanValidationBinder<Person> binder = new BeanValidationBinder<>(Person.class);
    private Map<Long, Organisation> organisations = Map.of();
    private Person person;

    PersonForm(Consumer<Person> onSave, Runnable onCancel) {
        addClassName("admin-form");
        name.setRequiredIndicatorVisible(true);
        jobTitle.setHelperText("Optional, e.g. \"Director of Public Health\"");
        organisation.setItemLabelGenerator(Organisation::getName);
        organisation.setClearButtonVisible(true);
        organisation.setHelperText("Optional: the council, NHS body or partner they work for");

        binder.forField(name).bind("name");
        binder.forField(jobTitle)
                .withNullRepresentation("")
                .withConverter(s -> s == null || s.isBlank() ? null : s.strip(), s -> s)
                .bind("jobTitle");
        binder.forField(organisation).bind(
                p -> p.getOrganisationId() == null ? null : organisations.get(p.getOrganisationId()),
                (p, o) -> p.setOrganisationId(o == null ? null : o.getId()));

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (binder.writeBeanIfValid(person)) {
                onSave.accept(person);
            }
        });
        cancel.addClickListener(e -> onCancel.run());
        add(heading, new FormLayout(name, jobTitle, organisation), new HorizontalLayout(save, cancel));
        setVisible(false);
    }

    void setOrganisations(List<Organisation> all) {
        organisations = all.stream().collect(java.util.stream.Collectors.toMap(Organisation::getId, o -> o));
        organisation.setItems(all);
    }

    /** Shows the person for editing (new when it has no id); null hides the form. */
    void edit(Person person) {
        this.person = person;
        setVisible(person != null);
        if (person != null) {
            heading.setText(person.getId() == null ? "New person" : "Edit " + person.getName());
            binder.readBean(person);
        }
    }

    void showRefusal(RuntimeException refusal) {
        Refusals.show(refusal, Map.of("name", name, "jobTitle", jobTitle));
    }
}
