package org.minutebook.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static String write(List<String> fields) {
        var out = new StringWriter();
        new CsvWriter(out).record(fields);
        return out.toString();
    }

    @Test
    void plainFieldsAreSeparatedByCommasAndRecordsEndWithCrlf() {
        assertThat(write(List.of("1", "Open", ""))).isEqualTo("1,Open,\r\n");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithInnerQuotesDoubled() {
        assertThat(write(List.of("a, b", "say \"yes\"", "line1\nline2", "cr\rhere")))
                .isEqualTo("\"a, b\",\"say \"\"yes\"\"\",\"line1\nline2\",\"cr\rhere\"\r\n");
    }

    @Test
    void aFieldASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(write(List.of("=HYPERLINK(\"x\")", "+1", "-2", "@sum", "ok=1")))
                .isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@sum,ok=1\r\n");
    }

    @Test
    void whatIsWrittenReadsBackFieldForField() {
        List<String> fields = List.of("Healthwatch, Sussex", "\"Quoted\"", "two\r\nlines", "", "14.6");
        assertThat(Rfc4180.parse(write(fields))).containsExactly(fields);
    }
}
