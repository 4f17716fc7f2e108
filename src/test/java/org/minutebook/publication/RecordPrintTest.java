package org.minutebook.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.minutebook.meeting.ItemStatus;
import org.minutebook.minutes.MeetingRecord;
import org.minutebook.security.MeetingStatus;
import org.minutebook.security.MinutesAccess;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The agenda pack without the application: an uploaded PDF paper is appended page for page after the typeset agenda
 * and papers. (The pack through HTTP, with typeset papers and an exempt item, is in DownloadsTest.)
 */
class RecordPrintTest {

    @Test
    void anUploadedPdfPaperIsAppendedAfterTheAgenda() throws IOException {
        var record = new MeetingRecord(1, 2, "West Sussex Health and Wellbeing Board", "Tuesday 9 December 2026, 10.30am",
                "County Hall, Chichester", MeetingStatus.SCHEDULED, true, MinutesAccess.HIDDEN, List.of(), List.of(), List.of(),
                List.of(new MeetingRecord.Item(10, "5", "Better Care Fund", ItemStatus.PENDING, null, false, null, true,
                        "The fund’s plan for 2027 costs £3m.", null, null, List.of(),
                        List.of(new MeetingRecord.PaperRef(100, "Better Care Fund plan", null, null)), List.of())),
                null);

        byte[] pack = print().agendaPack(record, record.when(), "Board", List.of(), List.of(onePagePdf("Appendix A: allocations")));

        try (PDDocument pdf = Loader.loadPDF(pack)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            var stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String agenda = stripper.getText(pdf);
            assertThat(agenda).contains("AGENDA", "5. Better Care Fund", "The fund’s plan for 2027 costs £3m.", "Page 1 of 1");
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(pdf).strip()).isEqualTo("Appendix A: allocations");
        }
    }

    static RecordPrint print() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return new RecordPrint(engine);
    }

    private static byte[] onePagePdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (var content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            var out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
