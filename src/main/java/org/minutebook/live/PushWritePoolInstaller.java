package org.minutebook.live;

import java.util.concurrent.ExecutorService;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereConfig;
import org.atmosphere.cpr.AtmosphereInterceptorAdapter;
import org.atmosphere.cpr.Broadcaster;
import org.atmosphere.util.ExecutorsFactory;

/**
 * Puts a {@link PushWritePool} in place of the write pool Atmosphere (Vaadin's push library) builds for itself.
 * Atmosphere has a setting for its pool's size but not its kind; an interceptor named in the servlet's init parameters
 * is the hook it gives an application, and once it has started, its broadcasters take a new pool through their config.
 * Named by class in {@link LiveConfig}, so Atmosphere makes it; it inspects nothing.
 */
public final class PushWritePoolInstaller extends AtmosphereInterceptorAdapter {

    /** Atmosphere's own default for how long an idle pool thread stays, in seconds. */
    private static final int KEEP_ALIVE_SECONDS = ExecutorsFactory.DEFAULT_KEEP_ALIVE;

    @Override
    public void configure(AtmosphereConfig config) {
        config.startupHook(framework -> install(config));
    }

    static PushWritePool install(AtmosphereConfig config) {
        PushWritePool pool = new PushWritePool(
                config.getInitParameter(ApplicationConfig.BROADCASTER_ASYNC_WRITE_THREADPOOL_MAXSIZE,
                        ExecutorsFactory.DEFAULT_ASYNC_THREAD),
                config.getInitParameter(ApplicationConfig.EXECUTORFACTORY_KEEP_ALIVE, KEEP_ALIVE_SECONDS));
        // In the shared properties, later broadcasters take it too, and Atmosphere shuts it down when it stops.
        Object replaced = config.properties().put(ExecutorsFactory.ASYNC_WRITE_THREAD_POOL, pool);
        for (Broadcaster broadcaster : config.getBroadcasterFactory().lookupAll()) {
            broadcaster.getBroadcasterConfig().setAsyncWriteService(pool, true);
        }
        if (replaced instanceof ExecutorService old) {
            old.shutdown(); // nothing has been pushed yet; this lets any thread it started end
        }
        return pool;
    }
}
