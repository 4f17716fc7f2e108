package org.minutebook.meeting;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;

/**
 * An agenda item's details. Validates as the clerk types (title required; a Schedule 12A paragraph once the item is
 * exempt) and fires a {@link SaveEvent}; on a refusal the fields keep what was typed.
 */
class ItemForm extends FormLayout {

    final TextField title = new TextField("Title");
    final TextArea summary = new TextArea("Summary");
    final TextField reportAuthor = new TextField("Report by");
    final TextField contact = new TextField("Contact");
    final TextField presenters = new TextField("Presented by");
    final TextField recommendationsIntro = new TextField("Words before the recommendations");
    final TextArea recommendations = new TextArea("Recommendations");
    final Checkbox exempt = new Checkbox("Exempt item (Part II): the public see only its title");
    final Select<Integer> exemptParagraph = new Select<>();
    final Div error = new Div();
    private final BeanValidationBinder<ItemDetails> binder = new BeanValidationBinder<>(ItemDetails.class);
    private ItemDetails bean = new ItemDetails();

    ItemForm() {
        addClassName("item-form");
        title.setRequiredIndicatorVisible(true);
        summary.setHelperText("What the report is about, in a sentence or two");
        recommendationsIntro.setPlaceholder("The Board is asked to:");
        recommendations.setHelperText("One a line. The numbers 1), 2) … are added for you.");
        exemptParagraph.setLabel("Schedule 12A paragraph");
        exemptParagraph.setItems(1, 2, 3, 4, 5, 6, 7);
        exemptParagraph.setItemLabelGenerator(n -> n == null ? "" : "Paragraph " + n);
        exemptParagraph.setEmptySelectionAllowed(true);
        exemptParagraph.setEmptySelectionCaption("Choose a paragraph");
        exemptParagraph.setHelperText("The Local Government Act 1972 paragraph that makes it exempt");
        exemptParagraph.setRequiredIndicatorVisible(true);
        exemptParagraph.setVisible(false);
        exempt.addValueChangeListener(e -> {
            exemptParagraph.setVisible(e.getValue());
            if (!e.getValue()) {
                exemptParagraph.setInvalid(false);
            }
        });

        binder.forField(exemptParagraph)
                .withValidator(p -> !exempt.getValue() || p != null, "Choose the Schedule 12A paragraph that makes the item exempt")
                .bind("exemptParagraph");
        binder.bindInstanceFields(this);

        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(title, summary, reportAuthor, contact, presenters, recommendationsIntro, recommendations, exempt,
                exemptParagraph, error);
        for (var wide : new com.vaadin.flow.component.Component[] {title, summary, recommendations, exempt, error}) {
            setColspan(wide, 2);
        }
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    void edit(ItemDetails details) {
        bean = details;
        binder.readBean(details);
        exemptParagraph.setVisible(details.isExempt());
        error.setVisible(false);
    }

    /** Validates and, if all is well, fires the save; otherwise the errors show beside the fields. */
    void save() {
        error.setVisible(false);
        if (binder.writeBeanIfValid(bean)) {
            fireEvent(new SaveEvent(this, bean));
        }
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<ItemForm> {
        final ItemDetails details;

        SaveEvent(ItemForm source, ItemDetails details) {
            super(source, false);
            this.details = details;
        }
    }
}
