package org.minutebook.testsupport;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;

/** Reads a Server-Sent Events stream the way a browser's EventSource does, so tests can wait for one event. */
public final class SseEvents {

    /** One event: its id (for Last-Event-ID), its name ("message" unless named) and its data lines joined. */
    public record Event(long id, String name, String data) {
    }

    private SseEvents() {
    }

    /** Parses the stream's lines on a daemon thread until the stream is closed; events arrive in the queue. */
    public static BlockingQueue<Event> readInBackground(Stream<String> lines) {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            long id = 0;
            String name = "message";
            StringBuilder data = new StringBuilder();
            try {
                for (String line : (Iterable<String>) lines::iterator) {
                    if (line.isEmpty()) {
                        if (!data.isEmpty()) {
                            events.add(new Event(id, name, data.toString()));
                        }
                        name = "message";
                        data.setLength(0);
                    } else if (line.startsWith("id:")) {
                        id = Long.parseLong(line.substring(3).strip());
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(data.isEmpty() ? "" : "\n").append(line.substring(5));
                    }
                }
            } catch (RuntimeException closed) {
                // the test closed the stream
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
        return events;
    }
}
