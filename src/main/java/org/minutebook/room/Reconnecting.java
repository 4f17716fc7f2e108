package org.minutebook.room;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;

/**
 * How the room's views take pushes and ride out a dropped connection. While the connection is down Vaadin's
 * own indicator shows our words; the server keeps applying updates to the view meanwhile, and when the browser
 * reconnects it is sent the view as it is now, so nothing is missed.
 */
final class Reconnecting {

    private Reconnecting() {
    }

    static void configure(UI ui) {
        var dialog = ui.getReconnectDialogConfiguration();
        dialog.setDialogText("Connection lost — reconnecting… The meeting will be brought up to date when you are back.");
        dialog.setDialogTextGaveUp("Could not reconnect. Check your connection, then reload the page to follow the meeting.");
    }

    /** Applies an update inside the view's UI lock; a view whose tab has just closed simply misses it. */
    static void push(UI ui, Runnable change) {
        try {
            ui.access(change::run);
        } catch (UIDetachedException gone) {
            // Unsubscribed on detach; an update already on its way finds nobody to show it to.
        }
    }
}
