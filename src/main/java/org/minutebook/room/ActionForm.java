package org.minutebook.room;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.minutebook.actions.DueKind;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.people.Organisation;
import org.minutebook.people.Person;

/**
 * A new action from the item: what, who (a person or an organisation, not both), when, the minute it came from and
 * the plan elements it serves. Fires the details on Create; the console's action list asks the service.
 */
class ActionForm extends Section {

    final TextArea description = new TextArea("What was undertaken");
    final ComboBox<Person> ownerPerson = new ComboBox<>("Owner: a person");
    final ComboBox<Organisation> ownerOrganisation = new ComboBox<>("or an organisation");
    final RadioButtonGroup<DueKind> due = new RadioButtonGroup<>("Due");
    final DatePicker dueDate = new DatePicker("Due date");
    final Select<MeetingRecord.Paragraph> source = new Select<>();
    final MultiSelectComboBox<PlanChoices.Choice> links = new MultiSelectComboBox<>("Serves in the plan");
    final Paragraph error = new Paragraph();
    final Button create = new Button("Create action (Ctrl+Enter)");
    final Button cancel = new Button("Cancel");
    private final BeanValidationBinder<ActionDetails> binder = new BeanValidationBinder<>(ActionDetails.class);

    ActionForm(List<Person> people, List<Organisation> organisations, List<PlanChoices.Choice> planChoices,
               Consumer<ActionDetails> onCreate, Runnable onCancel) {
        addClassNames("clerk-editor", "clerk-action-form");
        description.setWidthFull();
        description.setRequiredIndicatorVisible(true);
        ownerPerson.setItems(people);
        ownerPerson.setItemLabelGenerator(p -> p.getJobTitle() == null ? p.getName() : p.getName() + ", " + p.getJobTitle());
        ownerPerson.setClearButtonVisible(true);
        ownerOrganisation.setItems(organisations);
        ownerOrganisation.setItemLabelGenerator(Organisation::getName);
        ownerOrganisation.setClearButtonVisible(true);
        // An owner is a person or an organisation: choosing one clears the other.
        ownerPerson.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                ownerOrganisation.clear();
            }
        });
        ownerOrganisation.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                ownerPerson.clear();
            }
        });
        due.setItems(DueKind.DATE, DueKind.NEXT_MEETING, DueKind.NONE);
        due.setItemLabelGenerator(k -> switch (k) {
            case DATE -> "On a date";
            case NEXT_MEETING -> "At the next meeting";
            case NONE -> "Not given";
        });
        due.addValueChangeListener(e -> dueDate.setVisible(e.getValue() == DueKind.DATE));
        dueDate.setLocale(Locale.UK);
        dueDate.setVisible(false);
        source.setLabel("From minute");
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption("None");
        source.setItemLabelGenerator(p -> p == null ? "None" : ActionForm.describe(p));
        links.setItems(planChoices);
        links.setItemLabelGenerator(PlanChoices.Choice::label);
        links.setHelperText("Type to search the themes, areas, recommendations and outcomes of the body's plans.");
        links.setWidthFull();
        links.setVisible(!planChoices.isEmpty());
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        binder.forField(description).asRequired("Describe the action").bind("description");
        binder.forField(ownerPerson).bind("ownerPerson");
        binder.forField(ownerOrganisation).bind("ownerOrganisation");
        binder.forField(due).bind("due");
        binder.forField(dueDate).withValidator(d -> due.getValue() != DueKind.DATE || d != null, "Give the due date")
                .bind("dueDate");
        binder.forField(source).bind("source");
        binder.forField(links).bind("links");
        binder.setBean(new ActionDetails());

        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> {
            error.setVisible(false);
            if (binder.validate().isOk()) {
                onCreate.accept(binder.getBean());
            }
        });
        cancel.addClickListener(e -> onCancel.run());
        Shortcuts.addShortcutListener(this, create::click, Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        var owner = new Div(ownerPerson, ownerOrganisation);
        owner.addClassName("clerk-pair");
        var when = new Div(due, dueDate);
        when.addClassName("clerk-pair");
        var buttons = new Div(create, cancel);
        buttons.addClassName("clerk-buttons");
        add(new H3("New action"), description, owner, when, source, links, error, buttons);
        description.focus();
    }

    /** The paragraphs of the item the action may come from, by their record numbers. */
    void paragraphs(List<MeetingRecord.Paragraph> paragraphs) {
        MeetingRecord.Paragraph chosen = source.getValue();
        source.setItems(paragraphs);
        // Keep the choice if the paragraph is still there (its number may have changed).
        paragraphs.stream().filter(p -> chosen != null && p.id() == chosen.id()).findFirst().ifPresent(source::setValue);
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    static String describe(MeetingRecord.Paragraph p) {
        String text = p.resolution() ? p.preamble() + " " + String.join("; ", p.clauses().stream()
                .map(MeetingRecord.Clause::text).toList()) : p.html().replaceAll("<[^>]+>", " ")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        text = text.replaceAll("\\s+", " ").strip();
        if (text.length() > 60) {
            text = text.substring(0, 60).strip() + "…";
        }
        return p.number() == null ? text : p.number() + " " + text;
    }
}
