package org.minutebook.room;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.NoSuchElementException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Runs one of the chair's commands and says what happened, or why the server refused: never a stack trace. */
final class ChairFeedback {

    private ChairFeedback() {
    }

    /** True when the command went through. */
    static boolean attempt(Runnable command, String done) {
        try {
            command.run();
        } catch (OptimisticLockingFailureException e) {
            refused("Someone else changed this at the same moment. The console now shows their change; try again if needed.");
            return false;
        } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException | NoSuchElementException e) {
            refused(e.getMessage());
            return false;
        }
        if (done != null) {
            done(done);
        }
        return true;
    }

    static void done(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
    }

    static void refused(String text) {
        Notification.show(text, 8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.ERROR);
    }
}
