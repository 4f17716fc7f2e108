package org.minutebook.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Anonymous viewers of a Server-Sent Events stream: raw HTTP/1.1 connections on one NIO thread (a browser's
 * EventSource, minus the browser). Each viewer notes when it first sees each change's marker in the stream.
 */
final class SseViewers implements AutoCloseable {

    final class Viewer {
        final SocketChannel channel;
        final Markers markers;
        final StringBuilder tail = new StringBuilder();
        boolean open;
        long bytes;

        Viewer(SocketChannel channel, int changes) {
            this.channel = channel;
            this.markers = new Markers(changes);
        }
    }

    private final Selector selector;
    private final Thread loop;
    private final List<Viewer> viewers = new ArrayList<>();
    private final ConcurrentLinkedQueue<Viewer> toRegister = new ConcurrentLinkedQueue<>();
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
    private final int port;
    private volatile byte[] request;
    private final int changes;
    private volatile boolean running = true;

    SseViewers(int port, String path, int changes) throws IOException {
        this.port = port;
        this.changes = changes;
        path(path);
        this.selector = Selector.open();
        this.loop = Thread.ofPlatform().name("sse-viewers").daemon().start(this::run);
    }

    /** The stream address the next viewers open (a page gives its stream the position it was rendered at). */
    void path(String path) {
        this.request = ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nAccept: text/event-stream\r\nCache-Control: no-cache\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Adds viewers, {@code batch} at a time, waiting for each batch's streams to open. */
    void connect(int count, int batch, long deadlineNanos) throws IOException, InterruptedException {
        int target = viewers.size() + count;
        while (viewers.size() < target && System.nanoTime() < deadlineNanos) {
            int n = Math.min(batch, target - viewers.size());
            for (int i = 0; i < n; i++) {
                SocketChannel ch = SocketChannel.open();
                ch.configureBlocking(false);
                ch.connect(new InetSocketAddress("127.0.0.1", port));
                Viewer v = new Viewer(ch, changes);
                viewers.add(v);
                toRegister.add(v);
            }
            selector.wakeup();
            while (opened.get() + failed.get() < viewers.size() && System.nanoTime() < deadlineNanos) {
                Thread.sleep(5);
            }
        }
    }

    int opened() {
        return opened.get();
    }

    int failed() {
        return failed.get();
    }

    List<Viewer> viewers() {
        return viewers;
    }

    private void run() {
        try {
            while (running) {
                selector.select(100);
                Viewer add;
                while ((add = toRegister.poll()) != null) {
                    add.channel.register(selector, SelectionKey.OP_CONNECT, add);
                }
                Iterator<SelectionKey> it = selector.selectedKeys().iterator();
                while (it.hasNext()) {
                    SelectionKey key = it.next();
                    it.remove();
                    Viewer v = (Viewer) key.attachment();
                    try {
                        if (key.isConnectable()) {
                            v.channel.finishConnect();
                            v.channel.write(ByteBuffer.wrap(request));
                            key.interestOps(SelectionKey.OP_READ);
                        } else if (key.isReadable()) {
                            read(v, key);
                        }
                    } catch (IOException e) {
                        key.cancel();
                        v.channel.close();
                        if (!v.open) {
                            failed.incrementAndGet();
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void read(Viewer v, SelectionKey key) throws IOException {
        buffer.clear();
        int n = v.channel.read(buffer);
        if (n < 0) {
            throw new IOException("closed");
        }
        long now = System.nanoTime();
        buffer.flip();
        v.bytes += n;
        // Markers are ASCII; keep a short tail so one split across reads is still found.
        String chunk = v.tail.toString() + StandardCharsets.ISO_8859_1.decode(buffer);
        if (!v.open && chunk.contains(": connected") || !v.open && chunk.contains(":connected")) {
            v.open = true;
            opened.incrementAndGet();
        }
        v.markers.scan(chunk, now);
        v.tail.setLength(0);
        v.tail.append(chunk, Math.max(0, chunk.length() - 200), chunk.length());
    }

    @Override
    public void close() throws IOException {
        running = false;
        selector.wakeup();
        try {
            loop.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Viewer v : viewers) {
            v.channel.close();
        }
        selector.close();
    }
}
