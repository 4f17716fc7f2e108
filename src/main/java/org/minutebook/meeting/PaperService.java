package org.minutebook.meeting;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.minutebook.people.InvalidField;
import org.minutebook.security.AccessPolicy;
import org.minutebook.security.CurrentViewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Papers uploaded by the clerk (reports, appendices) and their download. The file's type is decided here from its
 * name and its first bytes, never taken from the browser; its bytes are kept apart from the paper's row
 * ({@link PaperContent}) and read only on download, after the access policy has allowed it.
 */
@Service
@Transactional(readOnly = true)
public class PaperService {

    /** The document types a council publishes, by file extension, with the content type they are served as. */
    static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "odt", "application/vnd.oasis.opendocument.text",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "ods", "application/vnd.oasis.opendocument.spreadsheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "odp", "application/vnd.oasis.opendocument.presentation",
            "rtf", "application/rtf",
            "txt", "text/plain; charset=UTF-8",
            "csv", "text/csv; charset=UTF-8");

    private final PaperRepository papers;
    private final PaperContentRepository contents;
    private final MeetingService meetings;
    private final CurrentViewer viewer;
    private final DataSize maxSize;

    PaperService(PaperRepository papers, PaperContentRepository contents, MeetingService meetings, CurrentViewer viewer,
                 @Value("${minutebook.papers.max-size:20MB}") DataSize maxSize) {
        this.papers = papers;
        this.contents = contents;
        this.meetings = meetings;
        this.viewer = viewer;
        this.maxSize = maxSize;
    }

    /** The file extensions accepted, with their dots, for the upload field. */
    public static List<String> acceptedExtensions() {
        return TYPES.keySet().stream().sorted().map(e -> "." + e).toList();
    }

    public DataSize maxSize() {
        return maxSize;
    }

    /** What the upload field says beside itself, so the clerk knows the limits before choosing a file. */
    public String limits() {
        return "PDF, Word (.docx), OpenDocument (.odt, .ods, .odp), Excel (.xlsx), PowerPoint (.pptx), RTF, text or CSV; "
                + "at most " + maxSize.toMegabytes() + " MB.";
    }

    /** A downloadable paper: its public facts and its bytes. */
    public record PaperFile(long id, String title, String fileName, String contentType, byte[] bytes) {
    }

    /** Adds an uploaded paper to an agenda item. Refusals name the field ("title" or "file"). */
    @Transactional
    public Paper upload(long itemId, String title, String author, String fileName, byte[] bytes) {
        AgendaItem item = meetings.item(itemId);
        long bodyId = meetings.meeting(item.getMeetingId()).getBodyId();
        if (!AccessPolicy.canEditAgenda(viewer.get(), bodyId)) {
            throw new AccessDeniedException("You may not add papers to this agenda");
        }
        if (title == null || title.isBlank()) {
            throw new InvalidField("title", "Give the paper a title, as it should appear on the agenda");
        }
        if (title.strip().length() > 500) {
            throw new InvalidField("title", "A title holds at most 500 characters");
        }
        String contentType = checkFile(fileName, bytes);
        String name = cleanName(fileName);
        Paper paper = papers.save(new Paper(itemId, title.strip(), author == null || author.isBlank() ? null : author.strip(), null)
                .withFile(name, contentType, bytes.length));
        contents.save(new PaperContent(paper.getId(), bytes));
        return paper;
    }

    /** Removes a paper and its file from an agenda item. */
    @Transactional
    public void remove(long paperId) {
        Paper paper = papers.findById(paperId).orElseThrow(() -> new NoSuchElementException("No paper " + paperId));
        AgendaItem item = meetings.item(paper.getItemId());
        if (!AccessPolicy.canEditAgenda(viewer.get(), meetings.meeting(item.getMeetingId()).getBodyId())) {
            throw new AccessDeniedException("You may not remove papers from this agenda");
        }
        contents.deleteById(paperId);
        papers.delete(paper);
    }

    /**
     * The paper's file, if the viewer may see the item's papers (the public: published agenda, item not exempt).
     * A paper the viewer may not see is "not found", so its existence is not given away either.
     */
    public PaperFile download(long paperId) {
        Paper paper = papers.findById(paperId).orElseThrow(() -> new NoSuchElementException("No paper " + paperId));
        AgendaItem item = meetings.item(paper.getItemId());
        Meeting meeting = meetings.meeting(item.getMeetingId());
        if (!paper.hasFile() || !AccessPolicy.canSeePapers(viewer.get(), MeetingService.facts(meeting), MeetingService.facts(item))) {
            throw new NoSuchElementException("No paper " + paperId);
        }
        byte[] bytes = contents.findById(paperId).map(PaperContent::getBytes)
                .orElseThrow(() -> new NoSuchElementException("No file for paper " + paperId));
        return new PaperFile(paper.getId(), paper.getTitle(), paper.getFileName(), paper.getContentType(), bytes);
    }

    private String checkFile(String fileName, byte[] bytes) {
        if (fileName == null || bytes == null || bytes.length == 0) {
            throw new InvalidField("file", "Choose a file to upload; an empty file cannot be published");
        }
        if (bytes.length > maxSize.toBytes()) {
            throw new InvalidField("file", "The file is " + megabytes(bytes.length) + "; a paper may be at most "
                    + maxSize.toMegabytes() + " MB");
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(extension);
        if (type == null) {
            throw new InvalidField("file", "Papers must be PDF, Word (.docx), OpenDocument, Excel, PowerPoint, RTF, text "
                    + "or CSV files; \"" + fileName + "\" is not one of these");
        }
        // The name says what the file claims to be; its first bytes say what it is.
        boolean fits = switch (extension) {
            case "pdf" -> startsWith(bytes, "%PDF-");
            case "docx", "xlsx", "pptx", "odt", "ods", "odp" -> startsWith(bytes, "PK\u0003\u0004");
            case "rtf" -> startsWith(bytes, "{\\rtf");
            default -> true;
        };
        if (!fits) {
            throw new InvalidField("file", "\"" + fileName + "\" is not a valid ." + extension + " file");
        }
        return type;
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (bytes[i] != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    // Browsers may send a path ("C:\\fakepath\\report.pdf"); keep the name alone, without control characters.
    private static String cleanName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\"]", "").strip();
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.UK, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
