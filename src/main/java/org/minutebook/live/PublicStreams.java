package org.minutebook.live;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import jakarta.annotation.PreDestroy;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.minutes.MinutesService;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The public live page's Server-Sent Events. Each update is rendered once — from the public record only, so
 * exempt content cannot reach a stream — serialised once, and the same bytes are written to every open
 * stream of the meeting. Recent events are kept so a reconnecting browser resumes from Last-Event-ID
 * without a gap; one that has been away too long gets the whole record instead.
 */
@Component
public class PublicStreams implements LiveSink {

    static final int REPLAY = 500;

    record Event(long id, Set<DataWithMediaType> frame) {
    }

    /**
     * One open stream and the frames not yet written to it. Each viewer is written by its own (virtual) thread,
     * at most one at a time so frames keep their order: a slow or stalled viewer blocks only its own writer, and
     * one that falls {@link #MAX_BEHIND} frames behind is dropped — its browser reconnects with Last-Event-ID and
     * is replayed what it missed.
     */
    private static final class Viewer {
        final SseEmitter emitter;
        final Queue<Set<DataWithMediaType>> frames = new ConcurrentLinkedQueue<>();
        final AtomicInteger queued = new AtomicInteger();
        final AtomicBoolean writing = new AtomicBoolean();
        final AtomicBoolean dropped = new AtomicBoolean();

        Viewer(SseEmitter emitter) {
            this.emitter = emitter;
        }
    }

    static final int MAX_BEHIND = 50;

    private static final class Stream {
        final List<Viewer> emitters = new CopyOnWriteArrayList<>();
        /** Each item as the latest event left it, to send only what an item's next change adds. */
        final Map<Long, MeetingRecord.Item> items = new java.util.HashMap<>();
        final Deque<Event> recent = new ArrayDeque<>();
        volatile long latest;
        volatile Event snapshot;
    }

    private final Map<Long, Stream> streams = new ConcurrentHashMap<>();
    /** Writes never run on the relay's thread, so neither a viewer's socket nor the audience's size holds it up. */
    private final ExecutorService writers = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("public-stream-", 0).factory());
    private final RecordFragments fragments;
    private final MinutesService minutes;

    PublicStreams(RecordFragments fragments, MinutesService minutes) {
        this.fragments = fragments;
        this.minutes = minutes;
    }

    /** The id of the latest event of the meeting, for a page to start its stream from. */
    public long latest(long meetingId) {
        Stream s = streams.get(meetingId);
        return s == null ? 0 : s.latest;
    }

    SseEmitter open(long meetingId, long since) throws IOException {
        Stream stream = streams.computeIfAbsent(meetingId, id -> new Stream());
        SseEmitter emitter = new SseEmitter(0L);
        Viewer viewer = new Viewer(emitter);
        Runnable remove = () -> stream.emitters.remove(viewer);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        // Sent at once so the browser knows the stream is open (and retries after 2 s if it drops). Sent here, on the
        // request's thread, where Spring holds it until the response is set up and then commits the response: were
        // a writer thread to commit it instead, it would race the request's own filters over the headers (seen
        // under load as errors in Spring Security's header writer).
        emitter.send(SseEmitter.event().comment("connected").reconnectTime(2_000).build());
        boolean gap;
        synchronized (stream) {
            List<Event> missed = stream.recent.stream().filter(e -> e.id() > since).toList();
            // Known: the viewer's last event is one kept here (or the latest), so what it missed can be replayed.
            boolean known = since > 0 && (stream.recent.isEmpty() ? since >= stream.latest
                    : since >= stream.recent.peekFirst().id() - 1);
            // Without a position (a stream opened afresh), after a gap, or with more to replay than a viewer may
            // fall behind: the whole record instead.
            gap = stream.latest > since && (!known || missed.size() > MAX_BEHIND / 2);
            if (!gap) {
                // Queued before the viewer joins the broadcast, so replayed and new events stay in order.
                missed.forEach(e -> offer(stream, viewer, e.frame()));
            }
            // Joined under the same lock as an update is kept for replay, so no update falls between the two.
            stream.emitters.add(viewer);
        }
        if (gap) {
            // Read after joining, so it holds every update the viewer may have been sent meanwhile; rendered once
            // for everyone who arrives while the meeting stays as it is (a webcast's audience arrives together).
            offer(stream, viewer, snapshot(meetingId, stream).frame());
        }
        return emitter;
    }

    /** The whole public record as one event, as of the stream's latest update; kept until the next. */
    private Event snapshot(long meetingId, Stream stream) {
        long id = stream.latest;
        Event known = stream.snapshot;
        if (known != null && known.id() == id) {
            return known;
        }
        MeetingRecord record = minutes.recordFor(meetingId, false);
        Event fresh = new Event(id, serialised(SseEmitter.event().id(Long.toString(id)).name("record")
                .data(fragments.record(record), MediaType.TEXT_HTML).build()));
        stream.snapshot = fresh;
        return fresh;
    }

    @Override
    public void accept(LiveUpdate update) {
        Stream stream = streams.computeIfAbsent(update.meetingId(), id -> new Stream());
        Event built;
        synchronized (stream) {
            stream.latest = update.seq();
            if (stream.emitters.isEmpty()) {
                // Nobody to send it to: not rendered. Whoever comes later is sent the whole record (a gap, above).
                stream.recent.clear();
                stream.items.clear();
                return;
            }
            built = new Event(update.seq(), render(update, stream.items));
            stream.items.clear();
            update.publicRecord().items().forEach(i -> stream.items.put(i.id(), i));
            stream.recent.addLast(built);
            while (stream.recent.size() > REPLAY) {
                stream.recent.removeFirst();
            }
        }
        for (Viewer viewer : stream.emitters) {
            offer(stream, viewer, built.frame());
        }
    }

    @Override
    public boolean passedBy(long meetingId, long seq) {
        Stream stream = streams.computeIfAbsent(meetingId, id -> new Stream());
        synchronized (stream) {
            if (!stream.emitters.isEmpty()) {
                return false;
            }
            // As accept does with nobody to send to: a stream opened later from an older position is sent the record.
            stream.latest = seq;
            stream.recent.clear();
            stream.items.clear();
            return true;
        }
    }

    /**
     * The update as one event, rendered once for the whole audience: when one item's paragraphs changed, only
     * those from the first that differs (usually the one just saved: a few hundred bytes however long the item);
     * when anything else about one item changed, that item; otherwise the whole record.
     */
    private Set<DataWithMediaType> render(LiveUpdate update, Map<Long, MeetingRecord.Item> before) {
        MeetingRecord record = update.publicRecord();
        SseEmitter.SseEventBuilder event = SseEmitter.event().id(Long.toString(update.seq()));
        var item = update.meetingLevel() || update.changedItems().size() != 1 ? java.util.Optional.<MeetingRecord.Item>empty()
                : record.item(update.changedItems().iterator().next());
        if (item.isEmpty()) {
            event.name("record").data(fragments.record(record), MediaType.TEXT_HTML);
            return serialised(event.build());
        }
        MeetingRecord.Item now = item.get();
        MeetingRecord.Item was = before.get(now.id());
        int keep = was == null || !now.sameApartFromParagraphs(was) ? 0 : now.sameParagraphsAtStart(was);
        if (keep > 0) {
            event.name("paragraphs").data(fragments.paragraphs(now.id(), keep,
                    now.paragraphs().subList(keep, now.paragraphs().size())), MediaType.TEXT_HTML);
        } else {
            // Nothing to keep (the first paragraph changed, or the item's own content did): the item again.
            event.name("item").data(fragments.item(now), MediaType.TEXT_HTML);
        }
        return serialised(event.build());
    }

    /**
     * The event's parts (id, name, data lines) joined into the bytes that go on the wire, once: each stream is then
     * written one ready array, rather than each part through a message converter again for every viewer.
     */
    static Set<DataWithMediaType> serialised(Set<DataWithMediaType> parts) {
        var bytes = new java.io.ByteArrayOutputStream(512);
        for (DataWithMediaType part : parts) {
            bytes.writeBytes(part.getData() instanceof byte[] b ? b
                    : part.getData().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return Set.of(new DataWithMediaType(bytes.toByteArray(), MediaType.APPLICATION_OCTET_STREAM));
    }

    /** Meetings with at least one public stream open on this node now. */
    Set<Long> followed() {
        Set<Long> ids = new java.util.HashSet<>();
        streams.forEach((id, s) -> {
            if (!s.emitters.isEmpty()) {
                ids.add(id);
            }
        });
        return ids;
    }

    public int viewers(long meetingId) {
        Stream s = streams.get(meetingId);
        return s == null ? 0 : s.emitters.size();
    }

    /** A comment now and then keeps idle connections open through proxies and notices closed ones. */
    @Scheduled(fixedDelay = 25_000)
    void heartbeat() {
        var ping = SseEmitter.event().comment("keep-alive").build();
        streams.values().forEach(stream -> stream.emitters.forEach(v -> offer(stream, v, ping)));
    }

    private void offer(Stream stream, Viewer viewer, Set<DataWithMediaType> frame) {
        if (viewer.queued.incrementAndGet() > MAX_BEHIND) {
            drop(stream, viewer, new IOException("The viewer fell " + MAX_BEHIND + " events behind"));
            return;
        }
        viewer.frames.add(frame);
        if (viewer.writing.compareAndSet(false, true)) {
            writers.execute(() -> write(stream, viewer));
        }
    }

    /** Writes the viewer's frames in order until none are left (re-checking after letting go, so none is stranded). */
    private void write(Stream stream, Viewer viewer) {
        do {
            Set<DataWithMediaType> frame;
            while ((frame = viewer.frames.poll()) != null) {
                viewer.queued.decrementAndGet();
                try {
                    viewer.emitter.send(frame);
                } catch (IOException | IllegalStateException gone) {
                    drop(stream, viewer, gone);
                    return;
                }
            }
            viewer.writing.set(false);
        } while (!viewer.frames.isEmpty() && viewer.writing.compareAndSet(false, true));
    }

    private void drop(Stream stream, Viewer viewer, Exception why) {
        if (!viewer.dropped.compareAndSet(false, true)) {
            return;
        }
        stream.emitters.remove(viewer);
        viewer.frames.clear();
        // Completing takes the emitter's lock, which a write blocked on a stalled connection holds until the write
        // times out: done on a thread of its own, so the relay or the heartbeat that noticed never waits for it.
        try {
            writers.execute(() -> {
                try {
                    viewer.emitter.completeWithError(why);
                } catch (IllegalStateException alreadyDone) {
                    // completed meanwhile
                }
            });
        } catch (RejectedExecutionException stopping) {
            // The server is stopping: every stream closes with it.
        }
    }

    @PreDestroy
    void stop() {
        writers.shutdownNow();
    }
}
