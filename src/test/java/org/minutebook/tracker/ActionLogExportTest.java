package org.minutebook.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.minutebook.actions.ActionFilter;
import org.minutebook.actions.ActionService;
import org.minutebook.actions.ActionStatus;
import org.minutebook.people.PeopleService;
import org.minutebook.people.Role;
import org.minutebook.testsupport.AsUser;
import org.minutebook.testsupport.MinutebookTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The action log as downloaded, read back: the CSV with an RFC 4180 reader, the workbook with Apache POI. */
@MinutebookTest
class ActionLogExportTest {

    static final String HWB = "West Sussex Health and Wellbeing Board";
    static final List<String> HEADINGS = List.of("Ref", "Body", "Action", "Owner", "Status", "Due", "Due flag", "Meeting",
            "Item", "Minute", "Serves");

    @Autowired
    ActionLogExport export;
    @Autowired
    ActionService actions;
    @Autowired
    PeopleService people;

    private ActionFilter board() {
        return new ActionFilter(people.bodyNamed(HWB).orElseThrow().getId(), Set.of(), null, null, ActionStatus.OPEN, null, false);
    }

    private static List<String> seedRow(List<List<String>> rows, String action) {
        return rows.stream().filter(r -> r.get(2).equals(action)).findFirst().orElseThrow();
    }

    @Test
    void theCsvHoldsTheFilteredLogWithSourceMinuteAndPlanElements() {
        byte[] bytes = AsUser.as("clerk", Role.CLERK, () -> export.csv(board()));
        List<List<String>> rows = Rfc4180.parse(new String(bytes, StandardCharsets.UTF_8));

        assertThat(rows.getFirst()).isEqualTo(HEADINGS);
        long count = AsUser.as("clerk", Role.CLERK, () -> actions.count(board()));
        assertThat(rows).hasSize(1 + (int) count);
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> {
            assertThat(r.get(1)).isEqualTo(HWB);
            assertThat(r.get(4)).isEqualTo("Open");
        });
        List<String> healthwatch = seedRow(rows, "Healthwatch to provide engagement support");
        assertThat(healthwatch.get(3)).isEqualTo("Healthwatch");
        assertThat(healthwatch.get(8)).isEqualTo("14");
        assertThat(healthwatch.get(9)).isEqualTo("14.6");
        assertThat(healthwatch.get(10)).contains("Theme: Effective Partnerships", "Area for improvement 12");
        List<String> workshop = seedRow(rows, "Arrange a workshop to allow the Board to support the development of the Improvement Plan");
        assertThat(workshop.get(5)).isEqualTo("31 July 2019 (at the end of July)");
        assertThat(workshop.get(6)).isEqualTo("Overdue");
        assertThat(workshop.get(3)).isEqualTo("Not named");
    }

    @Test
    void theWorkbookHoldsTheSameRowsAsTheCsv() throws Exception {
        byte[] xlsx = AsUser.as("clerk", Role.CLERK, () -> export.xlsx(board()));
        byte[] csv = AsUser.as("clerk", Role.CLERK, () -> export.csv(board()));
        List<List<String>> fromCsv = Rfc4180.parse(new String(csv, StandardCharsets.UTF_8));

        List<List<String>> fromBook = new ArrayList<>();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheet("Action log");
            var format = new DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < HEADINGS.size(); c++) {
                    cells.add(format.formatCellValue(row.getCell(c)));
                }
                fromBook.add(cells);
            }
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isPositive(); // the reference is a number
        }
        assertThat(fromBook).isEqualTo(fromCsv);
        assertThat(seedRow(fromBook, "Healthwatch to provide engagement support").get(9)).isEqualTo("14.6");
    }

    @Test
    void anOfficersExportHoldsOnlyWhatTheyMaySee() {
        byte[] bytes = AsUser.as("officer", Role.OFFICER, () -> export.csv(ActionFilter.all()));
        List<List<String>> rows = Rfc4180.parse(new String(bytes, StandardCharsets.UTF_8));
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(2))
                .contains("Healthwatch to provide engagement support")
                .doesNotContain("Share a revised funding position with the Board");
    }
}
