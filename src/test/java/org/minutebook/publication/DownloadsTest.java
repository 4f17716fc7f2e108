package org.minutebook.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.minutebook.meeting.ChairService;
import org.minutebook.meeting.Meeting;
import org.minutebook.meeting.MeetingService;
import org.minutebook.minutes.MinutesService;
import org.minutebook.people.PeopleService;
import org.minutebook.seeds.SeedMinutes;
import org.minutebook.seeds.SeedText;
import org.minutebook.seeds.Seeds;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The seed meeting's minutes downloaded by an anonymous visitor as PDF and Word, read back with PDFBox and POI:
 * the words and numbers must be the seed's. The PDFs are kept in target/exports to be looked at.
 */
@MinutebookTest
class DownloadsTest {

    static final String HWB = ExportFixtures.HWB;

    @LocalServerPort
    int port;

    @Autowired
    PeopleService people;

    @Autowired
    MeetingService meetings;

    @Autowired
    MinutesService minutes;

    @Autowired
    ChairService chair;

    @Test
    void minutesPdfReadsBackAsTheSeedsMinutes14Point1To14Point8() throws IOException {
        SeedMinutes seed = Seeds.minutes(0);
        Meeting meeting = ExportFixtures.seedMeeting(people, meetings, HWB, seed);

        HttpResponse<byte[]> response = ExportFixtures.get(port, "/public/meetings/" + meeting.getId() + "/minutes.pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("content-disposition").orElseThrow())
                .contains("attachment", "west-sussex-health-and-wellbeing-board-minutes-" + meeting.getId() + ".pdf");
        keep("seed-minutes.pdf", response.body());
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            int pages = pdf.getNumberOfPages();
            List<String> lines = lines(pdf);
            // Heading as councils print it, and every page numbered "Page X of Y".
            assertThat(lines.subList(0, 4)).contains("MINUTES", HWB);
            for (int page = 1; page <= pages; page++) {
                assertThat(lines).contains("Page " + page + " of " + pages);
            }
            String printed = afterLast(furnitureRemoved(lines, pages), "Minutes");
            assertThat(printed).isEqualTo(expectedMinutes(seed));
        }
    }

    @Test
    void minutesDocxReadsBackWithNumberedParagraphsHeadingsAndBullets() throws IOException {
        SeedMinutes seed = Seeds.minutes(0);
        Meeting meeting = ExportFixtures.seedMeeting(people, meetings, HWB, seed);

        HttpResponse<byte[]> response = ExportFixtures.get(port, "/public/meetings/" + meeting.getId() + "/minutes.docx");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type").orElseThrow()).isEqualTo(DownloadsController.DOCX.toString());
        keep("seed-minutes.docx", response.body());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
            List<XWPFParagraph> paras = doc.getParagraphs();
            assertThat(paras).filteredOn(p -> "Heading1".equals(p.getStyle())).extracting(XWPFParagraph::getText)
                    .containsExactly(HWB);
            assertThat(paras).filteredOn(p -> "Heading2".equals(p.getStyle())).extracting(XWPFParagraph::getText)
                    .containsExactly("14. " + seed.itemTitle());
            // Each minute starts a paragraph in the Minute style: its number, a tab, its text.
            List<XWPFParagraph> numbered = paras.stream()
                    .filter(p -> MinutesDocument.MINUTE_STYLE.equals(p.getStyle()) && p.getText().matches("^\\d+\\.\\d+\t.*"))
                    .toList();
            assertThat(numbered).extracting(p -> p.getText().split("\t")[0]).containsExactlyElementsOf(seed.numbers());
            // Bullets are a real Word list, and the whole minutes text is the seed's.
            assertThat(paras).anyMatch(p -> p.getNumID() != null);
            String minutesText = afterLast(paras.stream().map(XWPFParagraph::getText).toList(), "Minutes");
            assertThat(minutesText).isEqualTo(expectedMinutes(seed));
            assertThat(doc.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
        }
    }

    @Test
    void agendaPackIsTheAgendaFollowedByItsPublicPapersAndNothingExempt() throws IOException {
        long[] ids = ExportFixtures.meetingWithExemptItem(people, meetings, chair, minutes, ExportFixtures.soon());

        HttpResponse<byte[]> pack = ExportFixtures.get(port, "/public/meetings/" + ids[0] + "/agenda-pack.pdf");
        HttpResponse<byte[]> minutesPdf = ExportFixtures.get(port, "/public/meetings/" + ids[0] + "/minutes.pdf");
        HttpResponse<byte[]> docx = ExportFixtures.get(port, "/public/meetings/" + ids[0] + "/minutes.docx");

        assertThat(List.of(pack.statusCode(), minutesPdf.statusCode(), docx.statusCode())).containsOnly(200);
        keep("exempt-agenda-pack.pdf", pack.body());
        keep("exempt-minutes.pdf", minutesPdf.body());
        String packText = text(pack.body());
        String minutesText = text(minutesPdf.body());
        String docxText;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            docxText = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
        }
        String notice = "Exempt information — the public are excluded from this item (Local Government Act 1972, Schedule 12A, paragraph 3)";
        for (String text : List.of(packText, minutesText, docxText)) {
            String flat = SeedText.normalise(text);
            assertThat(flat).contains("2. Award of the community care contract", notice, "£1.2m");
            assertThat(flat).doesNotContain(ExportFixtures.SECRETS.toArray(String[]::new));
        }
        // The pack: agenda (no minutes), then the public paper on a page of its own.
        String flatPack = SeedText.normalise(packText);
        assertThat(flatPack).contains("AGENDA", "The Board is asked to: 1) note the grant 2) agree its priorities",
                "Agenda item 1. Public health grant", "Public health grant report",
                "The grant supports the Board's priorities.");
        assertThat(flatPack).doesNotContain("The Director presented the grant");
        assertThat(SeedText.normalise(minutesText)).contains("1.1 The Director presented the grant:",
                "1.2 Resolved that the Board: a) noted the grant b) agreed its priorities");
    }

    @Test
    void unpublishedOrUnknownMinutesAreNotFound() {
        long hwb = people.bodyNamed(HWB).orElseThrow().getId();
        long draft = org.minutebook.testsupport.AsUser.as("clerk", org.minutebook.people.Role.CLERK,
                () -> meetings.schedule(hwb, ExportFixtures.soon(), null, 1, false).getId());
        for (String path : List.of("/public/meetings/" + draft + "/minutes.pdf", "/public/meetings/" + draft + "/minutes.docx",
                "/public/meetings/" + draft + "/agenda-pack.pdf", "/public/meetings/987654321/minutes.pdf")) {
            assertThat(ExportFixtures.get(port, path).statusCode()).as(path).isEqualTo(404);
        }
    }

    // ------------------------------------------------------------------------------------------------

    /** The seed's minutes as printed: "14.1 text • bullets …", "14.8 Resolved that the Board: a) … b) …". */
    static String expectedMinutes(SeedMinutes seed) {
        List<String> parts = new ArrayList<>();
        for (SeedMinutes.Paragraph p : seed.paragraphs()) {
            parts.add(p.number());
            if (p.isResolution()) {
                parts.add(p.resolution().preamble());
                p.resolution().clauses().forEach(c -> parts.add(c.mark() + " " + c.text()));
            } else {
                parts.add(p.allText());
            }
        }
        return SeedText.normalise(String.join(" ", parts));
    }

    private static List<String> lines(PDDocument pdf) throws IOException {
        var stripper = new PDFTextStripper();
        stripper.setSortByPosition(true); // as a reader reads: down the page, left to right
        return Arrays.stream(stripper.getText(pdf).split("\\R")).map(String::strip).toList();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }

    // Drops what every page repeats (the running head, "Page X of Y") and list bullets, so the minutes read through.
    private static List<String> furnitureRemoved(List<String> lines, int pages) {
        String runningHead = HWB + " — Date not recorded";
        return lines.stream()
                .filter(l -> !l.matches("Page \\d+ of " + pages) && !l.equals(runningHead))
                .map(SeedText::stripBullet)
                .toList();
    }

    // Everything after the last line that is exactly `heading`, as one normalised string.
    private static String afterLast(List<String> lines, String heading) {
        int at = lines.lastIndexOf(heading);
        assertThat(at).as("a line '" + heading + "'").isNotNegative();
        return SeedText.normalise(String.join(" ", lines.subList(at + 1, lines.size())));
    }

    private static void keep(String name, byte[] bytes) throws IOException {
        Path dir = Path.of("target", "exports");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), bytes);
    }
}
