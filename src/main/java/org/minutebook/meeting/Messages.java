package org.minutebook.meeting;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages after a click: what happened, or why the server refused. */
final class Messages {

    private Messages() {
    }

    static void done(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
    }

    static void refused(String text) {
        Notification.show(text, 8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.ERROR);
    }
}
