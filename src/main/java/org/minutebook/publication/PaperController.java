package org.minutebook.publication;

import java.nio.charset.StandardCharsets;
import org.minutebook.meeting.PaperService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A paper's file at a stable address, /public/papers/{id}: a PDF opens in the browser, other types download, each
 * under the name the clerk uploaded. The paper service refuses (as "not found") what the viewer may not see.
 */
@Controller
class PaperController {

    private final PaperService papers;

    PaperController(PaperService papers) {
        this.papers = papers;
    }

    @GetMapping("/public/papers/{id}")
    ResponseEntity<byte[]> paper(@PathVariable long id) {
        PaperService.PaperFile file = papers.download(id);
        MediaType type = MediaType.parseMediaType(file.contentType());
        boolean inline = MediaType.APPLICATION_PDF.equalsTypeAndSubtype(type);
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.bytes());
    }
}
