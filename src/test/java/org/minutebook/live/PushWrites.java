package org.minutebook.live;

import jakarta.servlet.ServletContext;
import java.util.Collections;
import java.util.concurrent.ExecutorService;
import org.atmosphere.cpr.AtmosphereFramework;
import org.atmosphere.cpr.Broadcaster;

/** For tests elsewhere: the pool through which the running app's Atmosphere writes pushes. */
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
}
