package org.minutebook.live;

import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pool Atmosphere writes pushes through: bounded like Atmosphere's own, but it starts a thread only when none is
 * idle.
 *
 * <p>Atmosphere's pool is a fixed {@link ThreadPoolExecutor}, which starts a new thread for every task until all of its
 * threads exist, idle ones or not. Each participant's writer holds a thread for about 100 ms after a push, so 200
 * participants need about 200 threads at once, yet after a dozen changes the fixed pool runs all 2,500 — and every
 * young collection scans every thread's stack (measured: 25–40 ms pauses at 200 participants against 5–10 ms for the
 * floor's view). Here a task goes to an idle thread if one is waiting, else to a new thread up to the bound, and past
 * the bound it queues, as it would in Atmosphere's pool: so viewers whose writes stall can hold at most the bound.
 */
final class PushWritePool extends ThreadPoolExecutor {

    /** Thread names start so, for thread dumps and the benchmark's count. */
    static final String THREAD_NAME = "push-write-";

    PushWritePool(int maxThreads, long keepAliveSeconds) {
        super(0, maxThreads, keepAliveSeconds, TimeUnit.SECONDS, new HandOff(), new Named(), PushWritePool::queueWhenFull);
    }

    /** At the bound, the task waits for a thread (a {@code ThreadPoolExecutor} would otherwise refuse it). */
    private static void queueWhenFull(Runnable task, ThreadPoolExecutor pool) {
        if (pool.isShutdown()) {
            throw new RejectedExecutionException("push write pool is shut down");
        }
        ((HandOff) pool.getQueue()).enqueue(task);
    }

    /**
     * A queue that takes a task only if an idle thread is waiting for it, so the executor starts a thread otherwise.
     * Tasks past the bound are added through {@link #enqueue}; idle threads poll them like any other.
     */
    private static final class HandOff extends LinkedTransferQueue<Runnable> {

        @Override
        public boolean offer(Runnable task) {
            return tryTransfer(task);
        }

        void enqueue(Runnable task) {
            super.offer(task);
        }
    }

    private static final class Named implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, THREAD_NAME + count.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        }
    }
}
