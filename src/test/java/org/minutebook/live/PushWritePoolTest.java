package org.minutebook.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The push write pool starts threads only as writes need them, yet gives every write that comes at once its own
 * thread up to its bound, and past the bound makes writes wait rather than drop them.
 */
class PushWritePoolTest {

    PushWritePool pool;

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void writesOneAfterAnotherReuseAnIdleThreadInsteadOfStartingOneEach() throws Exception {
        pool = new PushWritePool(2_500, 30);
        for (int i = 0; i < 100; i++) {
            pool.submit(() -> { }).get(5, TimeUnit.SECONDS);
            Thread.sleep(2); // the thread is back waiting for work, as between one change's pushes and the next
        }
        // Atmosphere's own fixed pool of 2,500 would have started a thread for each of the 100.
        assertThat(pool.getLargestPoolSize()).isBetween(1, 3);
    }

    @Test
    void writesThatComeAtOnceEachGetAThreadWithoutWaitingForAnother() throws Exception {
        pool = new PushWritePool(2_500, 30);
        int viewers = 50;
        CountDownLatch allStarted = new CountDownLatch(viewers);
        CountDownLatch release = new CountDownLatch(1);
        for (int i = 0; i < viewers; i++) {
            pool.execute(() -> {
                allStarted.countDown();
                await(release);
            });
        }
        // A write that blocks (a slow viewer) does not hold up the others: all 50 run at once.
        assertThat(allStarted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(pool.getPoolSize()).isEqualTo(viewers);
        release.countDown();
    }

    @Test
    void pastItsBoundWritesWaitForAThreadAndAllOfThemRun() throws Exception {
        pool = new PushWritePool(4, 30);
        AtomicInteger started = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch allDone = new CountDownLatch(10);
        for (int i = 0; i < 10; i++) {
            pool.execute(() -> {
                started.incrementAndGet();
                await(release);
                allDone.countDown();
            });
        }
        Thread.sleep(200);
        assertThat(pool.getPoolSize()).isEqualTo(4);
        assertThat(started).hasValue(4);
        assertThat(pool.getQueue()).hasSize(6);

        release.countDown();
        assertThat(allDone.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(pool.getLargestPoolSize()).isEqualTo(4);
    }

    @Test
    void aStoppedPoolRefusesWork() {
        pool = new PushWritePool(4, 30);
        pool.shutdown();
        assertThatThrownBy(() -> pool.execute(() -> { })).isInstanceOf(RejectedExecutionException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
