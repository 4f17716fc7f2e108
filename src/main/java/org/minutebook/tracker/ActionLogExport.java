package org.minutebook.tracker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.minutebook.actions.ActionFilter;
import org.minutebook.actions.ActionService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The action log, as filtered on the actions list, as CSV (RFC 4180, UTF-8) or an Excel workbook (Apache POI,
 * streaming, so 10,000 rows stay small in memory). Read a page at a time through the same checked query as the
 * list, so an export never holds more than the viewer may see.
 */
@Component
public class ActionLogExport {

    static final int PAGE = 500;

    /** The columns, in order, with how each is read from a row. */
    static final List<Column> COLUMNS = List.of(
            new Column("Ref", r -> String.valueOf(r.id())),
            new Column("Body", ActionRow::body),
            new Column("Action", ActionRow::description),
            new Column("Owner", ActionRow::owner),
            new Column("Status", ActionRow::statusLabel),
            new Column("Due", ActionRow::due),
            new Column("Due flag", r -> r.dueState().label()),
            new Column("Meeting", r -> nz(r.meeting())),
            new Column("Item", r -> nz(r.item())),
            new Column("Minute", r -> nz(r.paragraph())),
            new Column("Serves", ActionRow::serves));

    record Column(String heading, Function<ActionRow, String> value) {
    }

    private final ActionService actions;
    private final ActionRows rows;

    ActionLogExport(ActionService actions, ActionRows rows) {
        this.actions = actions;
        this.rows = rows;
    }

    public byte[] csv(ActionFilter filter) {
        var bytes = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF'); // so Excel reads the file as UTF-8 (names with accents, "—")
            var csv = new CsvWriter(writer);
            csv.record(COLUMNS.stream().map(Column::heading).toList());
            forEachRow(filter, r -> csv.record(COLUMNS.stream().map(c -> c.value().apply(r)).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public byte[] xlsx(ActionFilter filter) {
        var bytes = new ByteArrayOutputStream();
        try (var book = new SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet("Action log");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                var cell = head.createCell(c);
                cell.setCellValue(COLUMNS.get(c).heading());
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            forEachRow(filter, r -> {
                Row row = sheet.createRow(next[0]++);
                row.createCell(0).setCellValue(r.id());
                for (int c = 1; c < COLUMNS.size(); c++) {
                    row.createCell(c).setCellValue(COLUMNS.get(c).value().apply(r));
                }
            });
            book.write(bytes);
            book.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void forEachRow(ActionFilter filter, java.util.function.Consumer<ActionRow> each) {
        int page = 0;
        while (true) {
            var slice = actions.search(filter, PageRequest.of(page++, PAGE, Sort.by("id")));
            rows.rows(new ArrayList<>(slice.getContent())).forEach(each);
            if (!slice.hasNext()) {
                return;
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
