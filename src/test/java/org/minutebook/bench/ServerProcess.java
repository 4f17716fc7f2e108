package org.minutebook.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A server under test in its own JVM: started, waited for, measured (heap after a full GC, CPU time), stopped. */
final class ServerProcess implements AutoCloseable {

    private static final Pattern USED = Pattern.compile("used (\\d+)([KMG])");

    final String name;
    final int port;
    private final Process process;
    private final Path jcmd;

    private ServerProcess(String name, int port, Process process, Path jcmd) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.jcmd = jcmd;
    }

    private Path log;

    /** Starts the process; {@link #awaitReady} waits for it to serve. */
    static ServerProcess launch(String name, int port, List<String> command, Map<String, String> env, Path log)
            throws IOException {
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process p = builder.start();
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        var server = new ServerProcess(name, port, p, jcmd);
        server.log = log;
        return server;
    }

    ServerProcess awaitReady(String readyPath, Duration timeout) throws IOException, InterruptedException {
        var server = this;
        var p = process;
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IOException(name + " stopped while starting; see " + log);
            }
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + readyPath))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                // Spring Boot logs "Started" once the context is up (its runners, e.g. the demo data, run after).
                if (r.statusCode() < 500 && Files.readString(log).contains(" Started ")) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        server.close();
        throw new IOException(name + " did not start within " + timeout + "; see " + log);
    }

    long pid() {
        return process.pid();
    }

    /** How many of the server's threads have names starting with one of {@code prefixes} now (Linux /proc). */
    int threadsNamed(String... prefixes) throws IOException {
        int n = 0;
        try (var tasks = Files.list(Path.of("/proc", Long.toString(process.pid()), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String name = Files.readString(task.resolve("comm"));
                    if (Arrays.stream(prefixes).anyMatch(name::startsWith)) {
                        n++;
                    }
                } catch (NoSuchFileException ended) {
                    // The thread ended while being counted.
                }
            }
        }
        return n;
    }

    /** User + system CPU time of the server process so far, in milliseconds (Linux /proc). */
    long cpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // Fields 14 and 15 of stat (utime, stime), counted from after the command name; clock ticks of 10 ms.
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
    }

    /** Live heap in bytes after a full collection. */
    long heapAfterGc() throws IOException, InterruptedException {
        run("GC.run");
        String info = run("GC.heap_info");
        Matcher m = USED.matcher(info);
        if (!m.find()) {
            throw new IOException("No heap figure in: " + info);
        }
        // G1 says "used 123456K"; ZGC "used 84M".
        return Long.parseLong(m.group(1)) << switch (m.group(2)) {
            case "K" -> 10;
            case "M" -> 20;
            default -> 30;
        };
    }

    private String run(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), command)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
