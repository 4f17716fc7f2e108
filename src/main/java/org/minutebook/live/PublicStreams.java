package org.minutebook.live;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
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

    private static final class Stream {
        final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();
        final Deque<Event> recent = new ArrayDeque<>();
        volatile long latest;
    }

    private final Map<Long, Stream> streams = new ConcurrentHashMap<>();
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
        List<Event> missed = new ArrayList<>();
        boolean gap;
        synchronized (stream) {
            gap = since > 0 && (stream.recent.isEmpty() ? since < stream.latest : since < stream.recent.peekFirst().id() - 1);
            if (!gap) {
                stream.recent.stream().filter(e -> e.id() > since).forEach(missed::add);
            }
            stream.emitters.add(emitter);
        }
        Runnable remove = () -> stream.emitters.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        // Sent at once so the browser knows the stream is open (and retries after 2 s if it drops).
        emitter.send(SseEmitter.event().comment("connected").reconnectTime(2_000));
        if (gap) {
            // Too long away (or a restart in between): start again from the whole record.
            MeetingRecord record = minutes.recordFor(meetingId, false);
            emitter.send(SseEmitter.event().id(Long.toString(stream.latest)).name("record").data(fragments.record(record)));
        } else {
            for (Event e : missed) {
                emitter.send(e.frame());
            }
        }
        return emitter;
    }

    @Override
    public void accept(LiveUpdate update) {
        MeetingRecord record = update.publicRecord();
        SseEmitter.SseEventBuilder event = SseEmitter.event().id(Long.toString(update.seq()));
        if (update.meetingLevel() || update.changedItems().size() != 1) {
            event.name("record").data(fragments.record(record), MediaType.TEXT_HTML);
        } else {
            long itemId = update.changedItems().iterator().next();
            var item = record.items().stream().filter(i -> i.id() == itemId).findFirst();
            if (item.isEmpty()) {
                event.name("record").data(fragments.record(record), MediaType.TEXT_HTML);
            } else {
                event.name("item").data(fragments.item(item.get()), MediaType.TEXT_HTML);
            }
        }
        Event built = new Event(update.seq(), event.build());
        Stream stream = streams.computeIfAbsent(update.meetingId(), id -> new Stream());
        synchronized (stream) {
            stream.recent.addLast(built);
            while (stream.recent.size() > REPLAY) {
                stream.recent.removeFirst();
            }
            stream.latest = update.seq();
        }
        for (SseEmitter emitter : stream.emitters) {
            send(stream, emitter, built.frame());
        }
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
        streams.values().forEach(stream -> stream.emitters.forEach(e -> send(stream, e, ping)));
    }

    private static void send(Stream stream, SseEmitter emitter, Set<DataWithMediaType> frame) {
        try {
            emitter.send(frame);
        } catch (IOException | IllegalStateException gone) {
            stream.emitters.remove(emitter);
            emitter.completeWithError(gone);
        }
    }
}
