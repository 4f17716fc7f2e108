package org.minutebook.room;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waiting for pushes in a browserless test. They arrive from the live relay's thread as {@code ui.access} tasks,
 * which wait for the session lock the test thread holds; a simulated client round trip releases it and runs them
 * (failing on their errors). Repeat until the view shows the change, or give up after a few seconds.
 */
final class Pushes {

    private Pushes() {
    }

    static void eventually(Runnable roundTrip, BooleanSupplier shown) {
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            roundTrip.run();
            if (shown.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("The view did not show the change within 5 seconds");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
