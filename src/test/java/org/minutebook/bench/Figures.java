package org.minutebook.bench;

import java.util.Arrays;
import java.util.List;

/** Latencies of one phase (every viewer × every measured change), and what else the phase measured. */
final class Figures {

    long samples;
    long missed;
    /** Samples that arrived before the clerk's save had returned (counted as 0 ms). */
    long early;
    double p50, p95, p99, max;
    double heapPerViewerKiB = Double.NaN;
    double cpuMsPerChange = Double.NaN;
    double bytesPerChange = Double.NaN;
    double loadP50 = Double.NaN, loadP95 = Double.NaN;
    /** Receive minus the moment the clerk's save was sent (the save's own time included): a bound from above. */
    double clickP50 = Double.NaN, clickP99 = Double.NaN;
    boolean done;
    String note = "";

    /** Receive minus save-returned, in ms, over the given changes; a change a viewer never got counts as missed. */
    static Figures of(List<Markers> viewers, long[] savedAt, int from, int to) {
        var f = new Figures();
        double[] all = new double[viewers.size() * (to - from)];
        int n = 0;
        for (Markers m : viewers) {
            for (int c = from; c < to; c++) {
                if (savedAt[c] <= 0) {
                    continue;
                }
                long got = m.receivedAt[c];
                if (got < 0) {
                    f.missed++;
                } else {
                    if (got < savedAt[c]) {
                        f.early++;
                    }
                    all[n++] = Math.max(0, got - savedAt[c]) / 1e6;
                }
            }
        }
        Arrays.sort(all, 0, n);
        f.samples = n;
        if (n > 0) {
            f.p50 = at(all, n, 0.50);
            f.p95 = at(all, n, 0.95);
            f.p99 = at(all, n, 0.99);
            f.max = all[n - 1];
        }
        f.done = true;
        return f;
    }

    /**
     * The {@code count} changes whose last viewer got them latest: "12:01:02.345 +180 ms" (when the save returned,
     * wall clock, and the slowest viewer's delay), to set beside the servers' collector logs.
     */
    static String slowest(List<Markers> viewers, long[] savedAt, int from, int to, int count) {
        long nanoNow = System.nanoTime();
        long wallNow = System.currentTimeMillis();
        record Change(int n, double worstMs) {
        }
        List<Change> changes = new java.util.ArrayList<>();
        for (int c = from; c < to; c++) {
            if (savedAt[c] <= 0) {
                continue;
            }
            long worst = 0;
            for (Markers m : viewers) {
                worst = Math.max(worst, m.receivedAt[c] - savedAt[c]);
            }
            changes.add(new Change(c, worst / 1e6));
        }
        var time = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(java.time.ZoneOffset.UTC);
        return changes.stream().sorted(java.util.Comparator.comparingDouble(Change::worstMs).reversed()).limit(count)
                .map(ch -> time.format(java.time.Instant.ofEpochMilli(wallNow - (nanoNow - savedAt[ch.n()]) / 1_000_000))
                        + " +" + Math.round(ch.worstMs()) + " ms")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Adds the latencies counted from when each save was sent rather than when it returned. */
    Figures fromClick(List<Markers> viewers, long[] sentAt, int from, int to) {
        var c = of(viewers, sentAt, from, to);
        clickP50 = c.p50;
        clickP99 = c.p99;
        return this;
    }

    static double at(double[] sorted, int n, double q) {
        return sorted[Math.min(n - 1, (int) Math.ceil(q * n) - 1)];
    }

    static double[] percentiles(double[] values, double... qs) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] out = new double[qs.length];
        for (int i = 0; i < qs.length; i++) {
            out[i] = sorted.length == 0 ? Double.NaN : at(sorted, sorted.length, qs[i]);
        }
        return out;
    }
}
