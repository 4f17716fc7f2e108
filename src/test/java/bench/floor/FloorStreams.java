package bench.floor;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The bare SSE endpoint: one ~300-byte message serialised once per change, the same bytes to every stream. */
@Controller
public class FloorStreams {

    private final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();

    @GetMapping(path = "/floor/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream() throws IOException {
        SseEmitter emitter = new SseEmitter(0L);
        emitters.add(emitter);
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onError(e -> emitters.remove(emitter));
        emitter.send(SseEmitter.event().comment("connected"));
        return emitter;
    }

    int viewers() {
        return emitters.size();
    }

    void broadcast(String text) {
        String json = "{\"type\":\"change\",\"text\":\"" + text + "\",\"padding\":\""
                + "x".repeat(Math.max(0, 260 - text.length())) + "\"}";
        Set<DataWithMediaType> frame = SseEmitter.event().name("change").data(json).build();
        for (SseEmitter e : emitters) {
            try {
                e.send(frame);
            } catch (IOException | IllegalStateException gone) {
                emitters.remove(e);
            }
        }
    }
}
