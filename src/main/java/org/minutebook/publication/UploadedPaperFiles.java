package org.minutebook.publication;

import java.util.NoSuchElementException;
import java.util.Optional;
import org.minutebook.meeting.PaperService;
import org.springframework.stereotype.Component;

/** The agenda pack's uploaded PDFs, from the papers clerks upload ({@link PaperService}, which checks access again). */
@Component
class UploadedPaperFiles implements PaperFiles {

    private final PaperService papers;

    UploadedPaperFiles(PaperService papers) {
        this.papers = papers;
    }

    @Override
    public Optional<byte[]> pdf(long paperId) {
        try {
            PaperService.PaperFile file = papers.download(paperId);
            return "application/pdf".equals(file.contentType()) ? Optional.of(file.bytes()) : Optional.empty();
        } catch (NoSuchElementException noFile) {
            return Optional.empty();
        }
    }
}
