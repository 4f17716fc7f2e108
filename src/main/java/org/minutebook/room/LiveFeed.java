package org.minutebook.room;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.function.Consumer;
import org.minutebook.live.LiveUpdate;
import org.minutebook.live.MeetingChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A console's subscription to its meeting's live updates: each update runs inside the UI's own access, and a
 * failure to show one is logged, never thrown back into the channel (which would stop other viewers' updates).
 */
final class LiveFeed {

    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);

    private MeetingChannel.Subscription subscription;

    /** Follows {@code meetingId} in this UI, replacing any earlier subscription. */
    void follow(MeetingChannel channel, long meetingId, String who, UI ui, Consumer<LiveUpdate> onUpdate) {
        stop();
        subscription = channel.subscribe(meetingId, who, update -> {
            try {
                ui.access(() -> {
                    try {
                        onUpdate.accept(update);
                    } catch (RuntimeException e) {
                        log.warn("A console could not show update {} of meeting {}", update.seq(), meetingId, e);
                    }
                });
            } catch (UIDetachedException gone) {
                // The tab closed between the update and now; its detach stops the subscription.
            }
        });
    }

    void stop() {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }
}
