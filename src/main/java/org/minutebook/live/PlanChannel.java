package org.minutebook.live;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.minutebook.actions.ActionChanged;
import org.minutebook.plan.PlanChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The open views of each improvement plan (its dashboard). After a change to the plan, or to any action of the
 * plan's body (an action's links say which plan it serves only by element id, so the body is the cheap, safe
 * match), each subscriber of the plan is told once; changes within a short window are coalesced. The message
 * carries no data: each view re-reads the plan as its own viewer, since what an officer may see of the actions
 * differs from what the chair sees.
 */
@Component
public class PlanChannel {

    private static final Logger log = LoggerFactory.getLogger(PlanChannel.class);

    /** A subscription: cancel it when the view detaches. */
    public interface Subscription {
        void cancel();
    }

    private record Subscriber(long bodyId, Runnable listener) {
    }

    private final Map<Long, List<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private final long windowMillis;
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "plan-channel");
        t.setDaemon(true);
        return t;
    });

    PlanChannel(@Value("${minutebook.live.coalesce-millis:20}") long windowMillis) {
        this.windowMillis = windowMillis;
    }

    /** Calls {@code listener} (on a background thread) after each committed change to the plan or its body's actions. */
    public Subscription subscribe(long planId, long bodyId, Runnable listener) {
        Subscriber s = new Subscriber(bodyId, listener);
        subscribers.computeIfAbsent(planId, id -> new CopyOnWriteArrayList<>()).add(s);
        return () -> {
            List<Subscriber> list = subscribers.get(planId);
            if (list != null) {
                list.remove(s);
            }
        };
    }

    public int viewerCount(long planId) {
        return subscribers.getOrDefault(planId, List.of()).size();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(PlanChanged e) {
        enqueue(e.planId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ActionChanged e) {
        subscribers.forEach((planId, list) -> {
            if (list.stream().anyMatch(s -> s.bodyId() == e.bodyId())) {
                enqueue(planId);
            }
        });
    }

    private void enqueue(long planId) {
        if (subscribers.getOrDefault(planId, List.of()).isEmpty()) {
            return;
        }
        if (pending.add(planId)) {
            flusher.schedule(() -> flush(planId), windowMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void flush(long planId) {
        pending.remove(planId);
        for (Subscriber s : subscribers.getOrDefault(planId, List.of())) {
            try {
                s.listener().run();
            } catch (RuntimeException ex) {
                // One broken view must not stop the others; it catches up with the next change.
                log.warn("Could not tell a view of plan {} about a change", planId, ex);
            }
        }
    }

    @PreDestroy
    void stop() {
        flusher.shutdownNow();
    }
}
