package org.minutebook.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.Map;
import java.util.function.Consumer;

/** A body's details and house style. It edits; the view saves (and hands back any refusal to show). */
class BodyForm extends Section {

    final H2 heading = new H2();
    final TextField name = new TextField("Name");
    final Select<BodyKind> kind = new Select<>();
    final TextArea termsOfReference = new TextArea("Terms of reference");
    final IntegerField quorum = new IntegerField("Quorum");
    final Select<ItemNumbering> itemNumbering = new Select<>();
    final TextField itemNumberFormat = new TextField("Item number format");
    final Checkbox paragraphNumbers = new Checkbox("Number the paragraphs of each item (14.1, 14.2 …)");
    final TextField resolutionWording = new TextField("Resolution wording");
    final Select<ClauseMarkStyle> clauseMarks = new Select<>();
    final Checkbox publicActionTracker = new Checkbox("Show this body's actions to the public");
    final Button save = new Button("Save body");
    final Button cancel = new Button("Cancel");

    private final BeanValidationBinder<BodyDetails> binder = new BeanValidationBinder<>(BodyDetails.class);
    private Body body;

    BodyForm(Consumer<Body> onSave, Runnable onCancel) {
        addClassName("admin-form");
        name.setRequiredIndicatorVisible(true);
        kind.setLabel("Kind");
        kind.setItems(BodyKind.values());
        kind.setItemLabelGenerator(BodyKind::label);
        quorum.setHelperText("Members who must be present for a decision. Leave empty if the constitution does not say.");
        itemNumbering.setLabel("Item numbering");
        itemNumbering.setItems(ItemNumbering.values());
        itemNumbering.setItemLabelGenerator(ItemNumbering::label);
        itemNumberFormat.setHelperText("{n} is the item number; {yy} is the two-digit year the municipal year starts in. "
                + "\"{n}\" gives 14; \"{n}/{yy}\" gives 14/25.");
        resolutionWording.setHelperText("The words before the clauses, e.g. \"Resolved that the Board:\"");
        clauseMarks.setLabel("Resolution clause marks");
        clauseMarks.setItems(ClauseMarkStyle.values());
        clauseMarks.setItemLabelGenerator(ClauseMarkStyle::label);

        binder.forField(itemNumberFormat)
                .withValidator((format, context) -> HouseStyle.itemNumberFormatProblem(format)
                        .map(ValidationResult::error).orElse(ValidationResult.ok()))
                .bind("itemNumberFormat");
        binder.bindInstanceFields(this);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            var details = new BodyDetails();
            if (binder.writeBeanIfValid(details)) {
                details.applyTo(body);
                onSave.accept(body);
            }
        });
        cancel.addClickListener(e -> onCancel.run());

        var details = new FormLayout(name, kind, termsOfReference, quorum);
        details.setColspan(termsOfReference, 2);
        var style = new FormLayout(itemNumbering, itemNumberFormat, resolutionWording, clauseMarks, paragraphNumbers,
                publicActionTracker);
        add(heading, details, new H3("House style"), style, new HorizontalLayout(save, cancel));
        setVisible(false);
    }

    /** Shows the body for editing (a new, unsaved one when it has no id); null hides the form. */
    void edit(Body body) {
        this.body = body;
        setVisible(body != null);
        if (body != null) {
            heading.setText(body.getId() == null ? "New body" : "Edit " + body.getName());
            binder.readBean(BodyDetails.of(body));
        }
    }

    void showRefusal(RuntimeException refusal) {
        Refusals.show(refusal, Map.of("name", name, "itemNumberFormat", itemNumberFormat, "quorum", quorum));
    }
}
