package fr.pilotis.diagnostic;

import fr.pilotis.referential.ThemeView;
import fr.pilotis.shared.excel.SafeCells;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Slide 7's table as a workbook: a row per structure (UT table) or per UT (network table), a
 * column per theme and the module, the average row, and how many structures have not submitted.
 */
@Component
class ExportResultsWorkbook {

    private final MessageSource messages;

    ExportResultsWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    /** {@code rowHeader} names the rows' column (structure or UT); {@code countColumn} adds each row's structure count. */
    void write(
            String title, String rowHeader, boolean countColumn, ResultsHeatMap table, Locale locale, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SafeCells cells = new SafeCells(workbook);
            Sheet sheet = workbook.createSheet(message("results.export.sheet.results", locale));
            int offset = countColumn ? 2 : 1;
            int[] widths = new int[offset + table.themes().size() + 1];
            java.util.Arrays.fill(widths, 12);
            widths[0] = 44;
            SafeCells.widths(sheet, widths);
            cells.title(sheet, 0, title);
            Row basis = sheet.createRow(1);
            cells.wrappedText(
                    basis,
                    0,
                    message(
                            "results.export.tableSubtitle",
                            locale,
                            table.choice().year(),
                            message("results.basisRates." + table.choice().basis(), locale)));

            List<String> headers = new ArrayList<>();
            headers.add(rowHeader);
            if (countColumn) {
                headers.add(message("results.export.structureCount", locale));
            }
            for (ThemeView theme : table.themes()) {
                headers.add(theme.code() + " " + theme.title());
            }
            headers.add(message("results.module", locale));
            cells.header(sheet.createRow(3), headers.toArray(String[]::new));
            sheet.createFreezePane(1, 4);
            int r = 4;
            for (ResultsHeatMap.Row row : table.rows()) {
                write(sheet.createRow(r++), cells, row.label(), row, countColumn);
            }
            if (table.average() != null) {
                write(
                        sheet.createRow(r++),
                        cells,
                        message("results.export.average", locale),
                        table.average(),
                        countColumn);
            }
            r++;
            Row progress = sheet.createRow(r);
            cells.header(progress, 0, message("results.export.notSubmitted", locale));
            cells.count(progress, 1, table.progress().notSubmitted());
            workbook.write(out);
        }
    }

    private static void write(Row target, SafeCells cells, String label, ResultsHeatMap.Row row, boolean countColumn) {
        cells.wrappedText(target, 0, label);
        int column = 1;
        if (countColumn) {
            cells.count(target, column++, row.structureCount());
        }
        for (ResultsHeatMap.Cell cell : row.cells()) {
            cells.percent(target, column++, cell.rate());
        }
        cells.percent(target, column, row.module().rate());
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
