package org.minutebook.tracker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as RFC 4180 has it: records end with CRLF; a field holding a comma, a double quote, CR or LF is
 * enclosed in double quotes, with each double quote inside doubled. No CSV library is on the classpath and this is
 * all the action log needs.
 *
 * <p>A field that a spreadsheet would run as a formula (starting with =, +, - or @) is prefixed with an apostrophe,
 * so an action's text cannot become a formula in the clerk's Excel (CSV injection).
 */
final class CsvWriter {

    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    void record(List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(fields.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
