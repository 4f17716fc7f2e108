package org.minutebook.people;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Shows a service's refusal where the user will look for it: beside the field it names, otherwise in a
 * notification. Never a stack trace; anything unexpected is rethrown to the error handler.
 */
final class Refusals {

    static final String CONFLICT = "Someone else saved a change to this while you were editing it. "
            + "Your typing is still in the form: reload the page to see their change, then make yours again.";

    private Refusals() {
    }

    static void show(RuntimeException refusal, Map<String, ? extends HasValidation> fields) {
        if (refusal instanceof InvalidField invalid && fields.containsKey(invalid.field())) {
            HasValidation field = fields.get(invalid.field());
            field.setErrorMessage(invalid.getMessage());
            field.setInvalid(true);
        } else if (refusal instanceof OptimisticLockingFailureException) {
            error(CONFLICT);
        } else if (refusal instanceof AccessDeniedException) {
            error("You may not do that: your account does not allow it.");
        } else if (refusal instanceof NoSuchElementException) {
            error("That no longer exists; someone may have removed it. Reload the page.");
        } else if (refusal instanceof IllegalArgumentException || refusal instanceof IllegalStateException) {
            error(refusal.getMessage());
        } else {
            throw refusal;
        }
    }

    static void error(String message) {
        var note = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        note.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void done(String message) {
        var note = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        note.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
