package org.minutebook.live;

import jakarta.annotation.PreDestroy;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.minutebook.actions.ActionRecorded;
import org.minutebook.meeting.MeetingChanged;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.minutes.MinutesService;
import org.minutebook.minutes.ParagraphDeleted;
import org.minutebook.minutes.ParagraphSaved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns committed changes into {@link LiveUpdate}s. A change after a quiet spell is sent at once; changes to one
 * meeting that follow within a short window (20 ms by default) are coalesced into one update at its end, so a
 * burst costs one database read and one push per viewer per window. Nothing is sent before it is committed: what
 * anyone sees is always in the database.
 */
@Component
class LiveRelay {

    private static final Logger log = LoggerFactory.getLogger(LiveRelay.class);

    private final MinutesService minutes;
    private final MeetingChannel channel;
    private final List<LiveSink> sinks;
    private final long windowMillis;
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-relay");
        t.setDaemon(true);
        return t;
    });
    /** Seeded from the clock so ids keep rising across a restart (a reconnecting browser sends its last one). */
    private final AtomicLong seq = new AtomicLong(System.currentTimeMillis() * 1000);
    private final Map<Long, Pending> pending = new ConcurrentHashMap<>();

    private static final class Pending {
        final Set<Long> items = new HashSet<>();
        boolean meetingLevel;
        boolean presence;
        boolean actions;
    }

    /** The latest update of each meeting: who is connected is not in the database, so a join needs no read. */
    private final Map<Long, LiveUpdate> latest = new ConcurrentHashMap<>();

    LiveRelay(MinutesService minutes, MeetingChannel channel, List<LiveSink> sinks,
              @Value("${minutebook.live.coalesce-millis:20}") long windowMillis) {
        this.minutes = minutes;
        this.channel = channel;
        this.sinks = sinks;
        this.windowMillis = windowMillis;
        channel.onPresenceChange(meetingId -> enqueue(meetingId, null, false, true, false));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ParagraphSaved e) {
        enqueue(e.meetingId(), e.itemId(), false);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ParagraphDeleted e) {
        enqueue(e.meetingId(), e.itemId(), false);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ActionRecorded e) {
        enqueue(e.meetingId(), e.itemId(), false, false, true);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(MeetingChanged e) {
        enqueue(e.meetingId(), e.itemId(), true);
    }

    /**
     * A change committed on another node (see {@link NodeRelay}): from here it takes the same path as a local one,
     * so it is coalesced with them and read once on this node.
     */
    void changedElsewhere(long meetingId, Long itemId, boolean meetingLevel) {
        // A notification does not say whether it was an action: assume it may have been.
        enqueue(meetingId, itemId, meetingLevel, false, true);
    }

    private void enqueue(long meetingId, Long itemId, boolean meetingLevel) {
        enqueue(meetingId, itemId, meetingLevel, false, false);
    }

    private void enqueue(long meetingId, Long itemId, boolean meetingLevel, boolean presence, boolean actions) {
        boolean[] first = {false};
        pending.compute(meetingId, (id, p) -> {
            if (p == null) {
                p = new Pending();
                first[0] = true;
            }
            if (itemId != null) {
                p.items.add(itemId);
            }
            p.meetingLevel |= meetingLevel;
            p.presence |= presence;
            p.actions |= actions;
            return p;
        });
        if (first[0]) {
            // The first change after a quiet spell goes at once; those that follow within the window wait for its
            // end and go together, so a burst still costs one read and one push per viewer per window.
            Long last = lastFlush.get(meetingId);
            long wait = last == null ? 0
                    : Math.max(0, TimeUnit.MILLISECONDS.toNanos(windowMillis) - (System.nanoTime() - last));
            try {
                flusher.schedule(() -> flush(meetingId), wait, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException shuttingDown) {
                // The server is stopping and its sessions closing (each a "who is here" change): nobody to tell.
                pending.remove(meetingId);
            }
        }
    }

    /** When each meeting's last update was sent (System.nanoTime), for the window above. */
    private final Map<Long, Long> lastFlush = new ConcurrentHashMap<>();

    private void flush(long meetingId) {
        Pending p = pending.remove(meetingId);
        if (p == null) {
            return;
        }
        lastFlush.put(meetingId, System.nanoTime());
        try {
            if (nobodyHereFollows(meetingId)) {
                return;
            }
            LiveUpdate before = latest.get(meetingId);
            if (p.items.isEmpty() && !p.meetingLevel && before != null) {
                // Only who follows the meeting changed: the views show the same records with the new names, and
                // the public, who are not shown who follows, are sent nothing.
                channel.deliver(new LiveUpdate(meetingId, seq.incrementAndGet(), Set.of(), false, false,
                        before.publicRecord(), before.insiderRecord()));
                return;
            }
            long start = System.nanoTime();
            var records = minutes.recordsForAudiences(meetingId);
            MeetingRecord publicRecord = records.publicRecord();
            MeetingRecord insiderRecord = records.insiderRecord();
            LiveUpdate update = new LiveUpdate(meetingId, seq.incrementAndGet(), Set.copyOf(p.items), p.meetingLevel,
                    p.actions || p.meetingLevel, publicRecord, insiderRecord);
            latest.put(meetingId, update);
            long read = System.nanoTime();
            channel.deliver(update);
            long delivered = System.nanoTime();
            for (LiveSink sink : sinks) {
                sink.accept(update);
            }
            if (log.isDebugEnabled()) {
                // For a benchmark's slow changes: was it the read, the views, or the other listeners?
                log.debug("Update {} of meeting {}: read {} ms, {} views {} ms, streams {} ms", update.seq(), meetingId,
                        (read - start) / 1_000_000, channel.viewerCount(meetingId), (delivered - read) / 1_000_000,
                        (System.nanoTime() - delivered) / 1_000_000);
            }
        } catch (RuntimeException ex) {
            // A failed push must not stop the next one; viewers catch up with the next update.
            log.warn("Could not push the update of meeting {}", meetingId, ex);
        }
    }

    /**
     * Whether no view or stream on this node follows the meeting, in which case the change is not read (with several
     * nodes, each hears of every change of every meeting). What was kept of the meeting is out of date then, and is
     * dropped: a view that arrives next is itself a change ("who is here"), and this thread, which handles it after
     * this one, reads the record afresh for it; a stream that opens from an older position is sent the whole record.
     */
    private boolean nobodyHereFollows(long meetingId) {
        if (channel.viewerCount(meetingId) > 0) {
            return false;
        }
        long passed = seq.incrementAndGet();
        for (LiveSink sink : sinks) {
            if (!sink.passedBy(meetingId, passed)) {
                return false;
            }
        }
        latest.remove(meetingId);
        return true;
    }

    @PreDestroy
    void stop() {
        flusher.shutdownNow();
    }
}
