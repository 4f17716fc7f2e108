package bench.floor;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The floor's "clerk": a change is handed to one relay thread (as Minutebook's relay does after commit), which
 * gives it to every open view and writes the one SSE message to every stream.
 */
@Component
public class FloorChanges {

    private final List<Consumer<String>> views = new CopyOnWriteArrayList<>();
    private final ExecutorService relay = Executors.newSingleThreadExecutor(r -> new Thread(r, "floor-relay"));
    private final FloorStreams streams;

    FloorChanges(FloorStreams streams) {
        this.streams = streams;
    }

    Runnable subscribe(Consumer<String> view) {
        views.add(view);
        return () -> views.remove(view);
    }

    void change(String text) {
        relay.execute(() -> {
            for (Consumer<String> v : views) {
                v.accept(text);
            }
            streams.broadcast(text);
        });
    }

    int views() {
        return views.size();
    }

    @PreDestroy
    void stop() {
        relay.shutdownNow();
    }
}
