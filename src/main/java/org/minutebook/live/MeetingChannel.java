package org.minutebook.live;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The open views of each meeting. A view subscribes on attach and unsubscribes on detach; the relay hands
 * each {@link LiveUpdate} to every subscriber of its meeting. Also tells who is connected now (presence).
 */
@Component
public class MeetingChannel {

    /** A subscription: cancel it when the view detaches. */
    public interface Subscription {
        void cancel();
    }

    private record Subscriber(String who, Consumer<LiveUpdate> listener) {
    }

    private final Map<Long, List<Subscriber>> subscribers = new ConcurrentHashMap<>();
    /**
     * Who is connected, worked out once per join or leave: every view shows it on every update, and working it out
     * in each view would cost N viewers N names each.
     */
    private final Map<Long, List<String>> connected = new ConcurrentHashMap<>();
    private volatile Consumer<Long> presenceChanged = id -> { };

    public Subscription subscribe(long meetingId, String who, Consumer<LiveUpdate> listener) {
        Subscriber s = new Subscriber(who, listener);
        subscribers.computeIfAbsent(meetingId, id -> new CopyOnWriteArrayList<>()).add(s);
        connected.remove(meetingId);
        presenceChanged.accept(meetingId);
        return () -> {
            List<Subscriber> list = subscribers.get(meetingId);
            if (list != null && list.remove(s)) {
                connected.remove(meetingId);
                presenceChanged.accept(meetingId);
            }
        };
    }

    /** Names of signed-in people with the meeting open now (each once, however many tabs). */
    public List<String> connected(long meetingId) {
        return connected.computeIfAbsent(meetingId, id -> subscribers.getOrDefault(id, List.of()).stream()
                .map(Subscriber::who).distinct().sorted().toList());
    }

    public int viewerCount(long meetingId) {
        return subscribers.getOrDefault(meetingId, List.of()).size();
    }

    /** Meetings someone follows on this node now. */
    Set<Long> followed() {
        Set<Long> ids = new HashSet<>();
        subscribers.forEach((id, list) -> {
            if (!list.isEmpty()) {
                ids.add(id);
            }
        });
        return ids;
    }

    void deliver(LiveUpdate update) {
        for (Subscriber s : subscribers.getOrDefault(update.meetingId(), List.of())) {
            s.listener().accept(update);
        }
    }

    void onPresenceChange(Consumer<Long> callback) {
        this.presenceChanged = callback;
    }
}
