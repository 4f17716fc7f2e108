package org.minutebook.meeting;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.Locale;

/**
 * Date, venue and first item number of a meeting, for scheduling one and for changing it. Fires a
 * {@link SaveEvent}; the caller calls the service and, on a refusal, {@link #showError} keeps what was typed.
 */
class MeetingDetailsForm extends FormLayout {

    final DateTimePicker startsAt = new DateTimePicker("Date and time (UK time)");
    final TextField venue = new TextField("Venue");
    final IntegerField firstItemNumber = new IntegerField("Number of the first item");
    final Button save;
    final Div error = new Div();
    private final BeanValidationBinder<MeetingDetails> binder = new BeanValidationBinder<>(MeetingDetails.class);
    private MeetingDetails bean = new MeetingDetails();

    MeetingDetailsForm(String saveText, boolean dateRequired) {
        addClassName("meeting-details-form");
        startsAt.setLocale(Locale.UK);
        startsAt.setStep(Duration.ofMinutes(15));
        venue.setHelperText("For example: County Hall, Chichester");
        // No field minimum: the bean's @Min gives the one message, beside the field, for typed and stepped values alike.
        firstItemNumber.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage("Enter a whole number, such as 1 or 233"));
        firstItemNumber.setStepButtonsVisible(true);
        firstItemNumber.setHelperText("1 for a new sequence; where minutes run on through the year, the next number");
        var date = binder.forField(startsAt);
        if (dateRequired) {
            date = date.asRequired("Enter the date and time of the meeting");
        }
        date.bind("startsAt");
        binder.forField(firstItemNumber).asRequired("Enter the first item's number").bind("firstItemNumber");
        binder.forField(venue).bind("venue");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        save = new Button(saveText, e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(startsAt, venue, firstItemNumber, error, save);
        setColspan(error, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    void edit(MeetingDetails details) {
        bean = details;
        binder.readBean(details);
        error.setVisible(false);
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void save() {
        error.setVisible(false);
        if (binder.writeBeanIfValid(bean)) {
            fireEvent(new SaveEvent(this, bean));
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<MeetingDetailsForm> {
        final MeetingDetails details;

        SaveEvent(MeetingDetailsForm source, MeetingDetails details) {
            super(source, false);
            this.details = details;
        }
    }
}
