package org.minutebook.live;

import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.atmosphere.cpr.AtmosphereFramework;
import org.atmosphere.cpr.Broadcaster;

/** For tests elsewhere: the pool through which the running app's Atmosphere writes pushes, and its threads. */
public final class PushWrites {

    private PushWrites() {
    }

    /**
     * Write tasks the push write pool has completed (each writes one viewer's pushes that come close together); fails
     * if any of Atmosphere's broadcasters writes through another pool.
     */
    public static long completedTasks(ServletContext context) {
        AtmosphereFramework framework = Collections.list(context.getAttributeNames()).stream()
                .map(context::getAttribute)
                .filter(AtmosphereFramework.class::isInstance)
                .map(AtmosphereFramework.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Atmosphere framework in the servlet context"));
        PushWritePool pool = null;
        for (Broadcaster broadcaster : framework.getAtmosphereConfig().getBroadcasterFactory().lookupAll()) {
            ExecutorService writes = broadcaster.getBroadcasterConfig().getAsyncWriteService();
            if (!(writes instanceof PushWritePool p) || (pool != null && p != pool)) {
                throw new AssertionError("broadcaster " + broadcaster.getID() + " writes through " + writes);
            }
            pool = p;
        }
        if (pool == null) {
            throw new AssertionError("Atmosphere has no broadcaster");
        }
        return pool.getCompletedTaskCount();
    }

    /**
     * Whether a push writer waits to write to a connection and still waits a second later: a write to a viewer that
     * reads may wait a moment for its previous message to go; only one to a stalled connection waits on.
     */
    public static boolean aWriterStaysWaiting() {
        List<String> waiting = writersWaiting();
        if (waiting.isEmpty()) {
            return false;
        }
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        waiting.retainAll(writersWaiting());
        return !waiting.isEmpty();
    }

    /**
     * The push write pool's threads waiting to write to a connection now. Atmosphere hands each message to Tomcat to
     * send asynchronously and waits (up to 60 s) for the previous one to a connection to have gone before it sends the
     * next.
     */
    private static List<String> writersWaiting() {
        List<String> names = new ArrayList<>();
        for (Map.Entry<Thread, StackTraceElement[]> t : Thread.getAllStackTraces().entrySet()) {
            Thread.State state = t.getKey().getState();
            if (t.getKey().getName().startsWith(PushWritePool.THREAD_NAME)
                    && (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
                    && Arrays.stream(t.getValue()).anyMatch(f -> f.getClassName().equals(
                            "org.atmosphere.container.version.JSR356WebSocket") && f.getMethodName().equals("write"))) {
                names.add(t.getKey().getName());
            }
        }
        return names;
    }
}
