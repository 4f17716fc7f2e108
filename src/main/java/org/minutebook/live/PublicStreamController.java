package org.minutebook.live;

import java.io.IOException;
import org.minutebook.meeting.MeetingService;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** GET /public/meetings/{id}/stream: the public live page's event stream (no session, no per-visitor state). */
@Controller
class PublicStreamController {

    private final PublicStreams streams;
    private final MeetingService meetings;

    PublicStreamController(PublicStreams streams, MeetingService meetings) {
        this.streams = streams;
        this.meetings = meetings;
    }

    @GetMapping(path = "/public/meetings/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream(@PathVariable long id,
                      @RequestHeader(name = "Last-Event-ID", required = false) Long lastEventId,
                      @RequestParam(name = "since", defaultValue = "0") long since) throws IOException {
        meetings.meeting(id);
        return streams.open(id, lastEventId != null ? lastEventId : since);
    }
}
