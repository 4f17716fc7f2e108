package org.minutebook.room;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.minutebook.people.UserAccount;
import org.minutebook.shared.UkTime;

/** Short messages after a click, and the small formatting the console's parts share. */
final class ClerkMessages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(UkTime.ZONE);

    private ClerkMessages() {
    }

    static void done(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
    }

    static void refused(String text) {
        Notification.show(text, 8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.ERROR);
    }

    /** Asks before something that cannot be undone; both answers do something. */
    static void confirm(String header, String text, String yes, String no, Runnable onYes, Runnable onNo) {
        var dialog = new ConfirmDialog(header, text, yes, e -> onYes.run());
        dialog.setCancelable(true);
        dialog.setCancelText(no);
        dialog.addCancelListener(e -> onNo.run());
        dialog.open();
    }

    /** "10:42", UK time. */
    static String time(Instant instant) {
        return instant == null ? "an unknown time" : TIME.format(instant);
    }

    /** The account's display name for a username kept in the audit columns, else the username itself. */
    static String who(ClerkServices s, String username) {
        if (username == null) {
            return "someone";
        }
        return s.accounts().findByUsername(username).map(UserAccount::getDisplayName)
                .filter(n -> !n.isBlank()).orElse(username);
    }
}
