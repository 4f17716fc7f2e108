package org.minutebook.publication;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.minutebook.meeting.MeetingService;
import org.minutebook.meeting.Paper;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.PeopleService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A meeting's documents to download: the minutes as PDF and Word, and the agenda pack as PDF.
 *
 * <p>Always the PUBLIC record ({@link MinutesService#recordFor} with no insider), whoever asks: a document leaves the
 * site and is forwarded, so it must never carry exempt content or an unpublished draft, even when a member downloads
 * it. Members read their confidential papers in the signed-in views.
 */
@Controller
class DownloadsController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final MinutesService minutes;
    private final MeetingService meetings;
    private final PeopleService people;
    private final RecordPrint print;
    private final MinutesDocument word;
    private final ObjectProvider<PaperFiles> files;

    DownloadsController(MinutesService minutes, MeetingService meetings, PeopleService people, RecordPrint print,
                        MinutesDocument word, ObjectProvider<PaperFiles> files) {
        this.minutes = minutes;
        this.meetings = meetings;
        this.people = people;
        this.print = print;
        this.word = word;
        this.files = files;
    }

    @GetMapping("/public/meetings/{id}/minutes.pdf")
    ResponseEntity<byte[]> minutesPdf(@PathVariable long id) {
        MeetingRecord record = publicMinutes(id);
        return download(print.minutes(record, when(record), bodyKind(record)), MediaType.APPLICATION_PDF,
                fileName(record, "minutes", "pdf"));
    }

    @GetMapping("/public/meetings/{id}/minutes.docx")
    ResponseEntity<byte[]> minutesDocx(@PathVariable long id) {
        MeetingRecord record = publicMinutes(id);
        return download(word.minutes(record, when(record), bodyKind(record)), DOCX, fileName(record, "minutes", "docx"));
    }

    @GetMapping("/public/meetings/{id}/agenda-pack.pdf")
    ResponseEntity<byte[]> agendaPack(@PathVariable long id) {
        MeetingRecord record = minutes.recordFor(id, false);
        if (!record.agendaVisible()) {
            throw new NoSuchElementException("No published agenda for meeting " + id);
        }
        // Only the papers the public record lists: exempt items list none, so their papers cannot be reached here.
        Set<Long> visible = new HashSet<>();
        List<Long> itemIds = new ArrayList<>();
        for (MeetingRecord.Item item : record.items()) {
            if (item.contentVisible() && !item.exempt()) {
                itemIds.add(item.id());
                item.papers().forEach(p -> visible.add(p.id()));
            }
        }
        PaperFiles store = files.getIfAvailable(() -> paperId -> Optional.empty());
        List<PrintedPaper> typeset = new ArrayList<>();
        List<byte[]> pdfs = new ArrayList<>();
        for (Paper paper : meetings.papersOf(itemIds)) {
            if (!visible.contains(paper.getId())) {
                continue;
            }
            Optional<byte[]> pdf = store.pdf(paper.getId());
            if (pdf.isPresent()) {
                pdfs.add(pdf.get());
            } else {
                String heading = record.item(paper.getItemId()).map(MeetingRecord.Item::heading).orElse("");
                typeset.add(PrintedPaper.of(heading, paper.getTitle(), paper.getAuthor(), paper.getBodyText()));
            }
        }
        return download(print.agendaPack(record, when(record), bodyKind(record), typeset, pdfs), MediaType.APPLICATION_PDF,
                fileName(record, "agenda-pack", "pdf"));
    }

    @ExceptionHandler({NoSuchElementException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                .body("There is no such document, or it has not been published.");
    }

    private MeetingRecord publicMinutes(long id) {
        MeetingRecord record = minutes.recordFor(id, false);
        if (!record.minutes().isVisible()) {
            throw new NoSuchElementException("No published minutes for meeting " + id);
        }
        return record;
    }

    private String bodyKind(MeetingRecord record) {
        return people.body(record.bodyId()).getKind().label();
    }

    static String when(MeetingRecord record) {
        return record.when() == null ? "Date not recorded" : record.when();
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(bytes);
    }

    // "west-sussex-health-and-wellbeing-board-minutes-1234.pdf": readable in a Downloads folder, unique per meeting.
    static String fileName(MeetingRecord record, String what, String extension) {
        String slug = Normalizer.normalize(record.bodyName(), Normalizer.Form.NFKD).toLowerCase(Locale.UK)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug + "-" + what + "-" + record.meetingId() + "." + extension;
    }
}
