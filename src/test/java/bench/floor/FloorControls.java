package bench.floor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The benchmark's handles on the floor: the clerk's save, and how many viewers are connected. */
@Controller
class FloorControls {

    private final FloorChanges changes;
    private final FloorStreams streams;

    FloorControls(FloorChanges changes, FloorStreams streams) {
        this.changes = changes;
        this.streams = streams;
    }

    /** Returns once the change is handed to the relay, as a clerk's save returns once it is committed. */
    @PostMapping("/floor/change")
    @ResponseBody
    String change(@RequestParam String text) {
        changes.change(text);
        return "ok";
    }

    @GetMapping("/floor/viewers")
    @ResponseBody
    String viewers() {
        return streams.viewers() + " " + changes.views();
    }
}
