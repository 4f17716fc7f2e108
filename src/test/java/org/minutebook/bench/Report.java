package org.minutebook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.stream.Collectors;

/** The Markdown table in bench/results/<date>-<commit>.md: Minutebook beside its floors, with the ratios. */
final class Report {

    private final BenchRun run;

    Report(BenchRun run) {
        this.run = run;
    }

    Path write(long startedNanos) throws IOException, InterruptedException {
        String commit = System.getProperty("bench.commit", "unknown");
        String date = LocalDate.now(ZoneOffset.UTC).toString();
        Path out = run.resultsDir.resolve(date + "-" + commit + ".md");
        // A second run of the same commit on the same day goes beside the first, never over it.
        for (int n = 2; Files.exists(out); n++) {
            out = run.resultsDir.resolve(date + "-" + commit + "-" + n + ".md");
        }
        var r = run.results();
        var sb = new StringBuilder();
        sb.append("# Live-update benchmark, ").append(date).append(", commit ").append(commit).append("\n\n");
        sb.append("- Machine: ").append(machine()).append("\n");
        sb.append("- Run: ").append(ZonedDateTime.now(ZoneOffset.UTC).withNano(0)).append(" UTC, ")
                .append(Math.round((System.nanoTime() - startedNanos) / 60e9)).append(" min; servers `")
                .append(String.join(" ", run.serverFlags())).append("`, production jar, PostgreSQL; viewers in one client JVM on the same cores.")
                .append(System.getProperty("bench.label", "")).append("\n");
        sb.append("- Each change: the clerk saves a paragraph through the clerk's console (Vaadin protocol: New paragraph, type, Save);")
                .append(" latency = viewer received that paragraph's text − the save returned. ")
                .append(run.steady).append(" changes at ").append(run.rate).append("/s after a warm-up of ")
                .append(run.warmup).append(" (a third of that at 1,000 and more), then ")
                .append(run.bursts).append(" burst(s) of ").append(run.burstSize).append(" back-to-back saves.\n");
        sb.append("- Floors, measured alternately with Minutebook at each N: a bare Vaadin view with one counter; a bare SSE endpoint")
                .append(" broadcasting one ~300-byte message (SseEmitter, one writer thread). Both apps set Atmosphere's")
                .append(" `maxAsyncWriteThreads=2500`; Minutebook's pool starts its threads only as writes need them")
                .append(run.writeThreads.isEmpty() ? "" : " (write threads seen running: " + run.writeThreads.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")")
                .append(".\n");
        sb.append("- \"early\": samples a viewer had before the clerk's save returned (counted as 0 ms): the save's own answer")
                .append(" came after the push. \"From the save's click\" counts from when the save was sent instead, so it")
                .append(" includes the save's own time (one request for each: for Minutebook's console the one that carries the typed text and the click on Save, after the one that opened the editor): a bound from above.\n");
        sb.append("- Browser check (Chromium page and protocol client see the same save): ").append(run.browserResult()).append("\n\n");

        sb.append("## Signed-in participants, Vaadin live meeting view\n\n");
        table(sb, r, "vaadin", run.vaadinCounts, true);
        sb.append("\n## Public live page, Server-Sent Events\n\n");
        table(sb, r, "sse", run.publicCounts, false);
        sb.append("\n## Bursts (").append(run.burstSize).append(" saves back to back; coalesced within 20 ms)\n\n");
        sb.append("| viewers | N | Minutebook p50 / p99 / max ms | floor p50 / p99 / max ms | missed |\n|---|---|---|---|---|\n");
        for (String kind : new String[] {"vaadin", "sse"}) {
            for (int n : kind.equals("vaadin") ? run.vaadinCounts : run.publicCounts) {
                Figures a = r.get(kind + " Minutebook " + n + " burst");
                Figures f = r.get(kind + " floor " + n + " burst");
                if (a == null || f == null) {
                    continue;
                }
                sb.append("| ").append(kind.equals("vaadin") ? "participants" : "public").append(" | ").append(n)
                        .append(" | ").append(ms(a.p50)).append(" / ").append(ms(a.p99)).append(" / ").append(ms(a.max))
                        .append(" | ").append(ms(f.p50)).append(" / ").append(ms(f.p99)).append(" / ").append(ms(f.max))
                        .append(" | ").append(a.missed).append(" |\n");
            }
        }
        if (r.keySet().stream().anyMatch(k -> k.startsWith("cross "))) {
            sb.append("\n## Across two nodes (the clerk saves on node A; viewers follow on node B, told through PostgreSQL's NOTIFY)\n\n");
            sb.append("| viewers on node B | N | p50 / p95 / p99 / max ms | one node, same N, p99 ms (this run) |")
                    .append(" from the click on Save: p50 / p99 | missed (of samples); early | node B CPU ms per change |\n")
                    .append("|---|---|---|---|---|---|---|\n");
            for (String kind : new String[] {"vaadin", "sse"}) {
                Figures c = r.get("cross " + kind + " " + run.crossNode);
                if (c == null) {
                    continue;
                }
                Figures one = r.get(kind + " Minutebook " + run.crossNode);
                sb.append("| ").append(kind.equals("vaadin") ? "participants" : "public").append(" | ").append(run.crossNode)
                        .append(" | ").append(ms(c.p50)).append(" / ").append(ms(c.p95)).append(" / ").append(ms(c.p99)).append(" / ").append(ms(c.max))
                        .append(" | ").append(one == null ? "not measured" : ms(one.p99))
                        .append(" | ").append(ms(c.clickP50)).append(" / ").append(ms(c.clickP99))
                        .append(" | ").append(c.missed).append(" (").append(c.samples + c.missed).append("); ").append(c.early)
                        .append(" | ").append(String.format("%.1f", c.cpuMsPerChange)).append(" |\n");
            }
        }
        if (!run.notes().isEmpty()) {
            sb.append("\n## Notes\n\n");
            run.notes().forEach(n -> sb.append("- ").append(n).append("\n"));
        }
        Files.writeString(out, sb.toString());
        System.out.println(sb);
        return out;
    }

    private static void table(StringBuilder sb, Map<String, Figures> r, String kind, int[] counts, boolean load) {
        sb.append("| N | Minutebook p50 / p95 / p99 / max ms | floor p50 / p95 / p99 / max ms | ratio p50 / p99 |")
                .append(" from the save's click: Minutebook p50 / p99 (floor) | missed (of samples); early |")
                .append(" heap per viewer KiB (floor) | server CPU ms per change (floor) | bytes per viewer per change (floor) |")
                .append(load ? " view load p50 / p95 ms |" : "").append("\n");
        sb.append("|---|---|---|---|---|---|---|---|---|").append(load ? "---|" : "").append("\n");
        for (int n : counts) {
            Figures a = r.get(kind + " Minutebook " + n);
            Figures f = r.get(kind + " floor " + n);
            if (a == null || f == null) {
                sb.append("| ").append(n).append(" | not reached ||||||||").append(load ? "|" : "").append("\n");
                continue;
            }
            sb.append("| ").append(n)
                    .append(" | ").append(ms(a.p50)).append(" / ").append(ms(a.p95)).append(" / ").append(ms(a.p99)).append(" / ").append(ms(a.max))
                    .append(" | ").append(ms(f.p50)).append(" / ").append(ms(f.p95)).append(" / ").append(ms(f.p99)).append(" / ").append(ms(f.max))
                    .append(" | ").append(ratio(a.p50, f.p50)).append(" / ").append(ratio(a.p99, f.p99))
                    .append(" | ").append(ms(a.clickP50)).append(" / ").append(ms(a.clickP99))
                    .append(" (").append(ms(f.clickP50)).append(" / ").append(ms(f.clickP99)).append(")")
                    .append(" | ").append(a.missed).append(" (").append(a.samples + a.missed).append("); ").append(a.early)
                    .append(" | ").append(Math.round(a.heapPerViewerKiB)).append(" (").append(Math.round(f.heapPerViewerKiB)).append(")")
                    .append(" | ").append(String.format("%.1f", a.cpuMsPerChange)).append(" (").append(String.format("%.1f", f.cpuMsPerChange)).append(")")
                    .append(" | ").append(Math.round(a.bytesPerChange)).append(" (").append(Math.round(f.bytesPerChange)).append(")");
            if (load) {
                sb.append(" | ").append(ms(a.loadP50)).append(" / ").append(ms(a.loadP95));
            }
            sb.append(" |\n");
        }
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "–" : v < 10 ? String.format("%.1f", v) : Long.toString(Math.round(v));
    }

    private static String ratio(double a, double f) {
        return f <= 0 ? "–" : String.format("%.2f×", a / Math.max(f, 0.1));
    }

    private static String machine() throws IOException {
        int cores = Runtime.getRuntime().availableProcessors();
        String model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
        long memKiB = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(0L);
        return cores + " cores (" + model + "), " + Math.round(memKiB / 1024.0 / 1024.0) + " GiB memory, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
    }
}
