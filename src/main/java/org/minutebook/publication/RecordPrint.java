package org.minutebook.publication;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.minutebook.minutes.MeetingRecord;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The record on paper: minutes, or an agenda pack, as a PDF typeset by openhtmltopdf from {@code print/record.html},
 * which renders the same {@code record/item} fragments as the public page. Takes a record already filtered by the
 * access policy; it prints what it is given and decides nothing.
 */
@Component
class RecordPrint {

    private static final String FONT = "DejaVu Sans";

    private final ITemplateEngine templates;

    RecordPrint(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] minutes(MeetingRecord record, String when, String bodyKind) {
        return pdf(html(record, record.draft() ? "Draft minutes" : "Minutes", when, bodyKind, List.of()));
    }

    /**
     * The agenda, then each paper: uploaded PDFs appended as they are, other papers typeset from their text.
     *
     * @param record  the agenda as the public sees it (its items' minutes are not printed)
     * @param typeset papers held as text, printed after the agenda
     * @param files   uploaded PDF papers, appended in order after those
     */
    byte[] agendaPack(MeetingRecord record, String when, String bodyKind, List<PrintedPaper> typeset, List<byte[]> files) {
        MeetingRecord agenda = withoutMinutes(record);
        byte[] pack = pdf(html(agenda, "Agenda", when, bodyKind, typeset));
        if (files.isEmpty()) {
            return pack;
        }
        try (PDDocument merged = Loader.loadPDF(pack)) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (byte[] file : files) {
                try (PDDocument paper = Loader.loadPDF(new RandomAccessReadBuffer(file))) {
                    merger.appendDocument(merged, paper);
                }
            }
            var out = new ByteArrayOutputStream();
            merged.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not append a paper to the agenda pack", e);
        }
    }

    String html(MeetingRecord record, String kind, String when, String bodyKind, List<PrintedPaper> papers) {
        Map<String, Object> model = new HashMap<>();
        model.put("record", record);
        model.put("kind", kind);
        model.put("when", when);
        model.put("bodyKind", bodyKind);
        model.put("papers", papers);
        return templates.process("print/record", new Context(Locale.UK, model));
    }

    private static byte[] pdf(String xhtml) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            // Embedded (subset) so £, ’ and – print the same on every reader, and text copied out stays text.
            builder.useFont(() -> RecordPrint.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> RecordPrint.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.withProducer("Minutebook");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not typeset the record", e);
        }
        return out.toByteArray();
    }

    // The agenda pack is the agenda: what was minuted later does not belong in it.
    private static MeetingRecord withoutMinutes(MeetingRecord r) {
        List<MeetingRecord.Item> items = r.items().stream().map(i -> new MeetingRecord.Item(i.id(), i.number(), i.title(),
                i.status(), i.outcome(), i.exempt(), i.exemptParagraph(), i.contentVisible(), i.summary(), i.reportAuthor(),
                i.recommendationsIntro(), i.recommendations(), i.papers(), List.of())).toList();
        return new MeetingRecord(r.meetingId(), r.bodyId(), r.bodyName(), r.when(), r.venue(), r.status(), r.agendaVisible(),
                r.minutes(), List.of(), List.of(), List.of(), items, null);
    }
}
