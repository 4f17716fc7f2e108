package org.minutebook.live;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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

    private static final Logger log = LoggerFactory.getLogger(MeetingChannel.class);
    /** Below this many views per thread, one thread does them all (handing over costs more than it saves). */
    static final int VIEWS_PER_PART = 24;
    private final int parts;
    /**
     * Each view applies an update inside its own session's lock, independently of the others, so a large room is
     * split across the cores: the last viewer waits for 1/cores of the room rather than all of it.
     */
    private final ExecutorService fanOut;

    MeetingChannel(@Value("${minutebook.live.fan-out-threads:0}") int threads) {
        parts = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        fanOut = parts > 1 ? Executors.newFixedThreadPool(parts - 1, r -> {
            Thread t = new Thread(r, "live-fan-out");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    @PreDestroy
    void stop() {
        if (fanOut != null) {
            fanOut.shutdownNow();
        }
    }

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
        List<Subscriber> views = List.copyOf(subscribers.getOrDefault(update.meetingId(), List.of()));
        int n = Math.min(parts, views.size() / VIEWS_PER_PART);
        if (n <= 1 || fanOut == null) {
            deliver(update, views);
            return;
        }
        // Contiguous slices; this thread takes the first, so it never just waits. Returns when all are done, so the
        // next update reaches each view after this one.
        int size = (views.size() + n - 1) / n;
        List<Future<?>> others = new java.util.ArrayList<>(n - 1);
        for (int from = size; from < views.size(); from += size) {
            List<Subscriber> slice = views.subList(from, Math.min(views.size(), from + size));
            others.add(fanOut.submit(() -> deliver(update, slice)));
        }
        deliver(update, views.subList(0, size));
        for (Future<?> f : others) {
            try {
                f.get();
            } catch (ExecutionException e) {
                log.warn("Could not deliver update {} of meeting {}", update.seq(), update.meetingId(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void deliver(LiveUpdate update, List<Subscriber> views) {
        for (Subscriber s : views) {
            try {
                s.listener().accept(update);
            } catch (RuntimeException e) {
                // One view that cannot take it must not keep it from the others.
                log.warn("A view could not take update {} of meeting {}", update.seq(), update.meetingId(), e);
            }
        }
    }

    void onPresenceChange(Consumer<Long> callback) {
        this.presenceChanged = callback;
    }
}
