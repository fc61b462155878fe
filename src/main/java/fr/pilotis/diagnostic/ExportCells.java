package fr.pilotis.diagnostic;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one workbook, created once, and the only ways the exports write a cell: text
 * as a plain string cell (a text that begins with {@code =}, {@code +}, {@code -} or {@code @}
 * stays text: no cell is ever given a formula), rates as numbers with a percent format, counts and
 * gaps as numbers.
 */
final class ExportCells {

    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle percent;
    private final CellStyle points;
    private final CellStyle count;

    ExportCells(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font large = workbook.createFont();
        large.setBold(true);
        large.setFontHeightInPoints((short) 13);
        title = workbook.createCellStyle();
        title.setFont(large);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        text = workbook.createCellStyle();
        text.setWrapText(true);
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        points = workbook.createCellStyle();
        points.setDataFormat(workbook.createDataFormat().getFormat("+0.0;-0.0;0.0"));
        count = workbook.createCellStyle();
        count.setDataFormat(workbook.createDataFormat().getFormat("0"));
    }

    void title(Sheet sheet, int rowIndex, String value) {
        Cell cell = sheet.createRow(rowIndex).createCell(0);
        cell.setCellValue(value);
        cell.setCellStyle(title);
    }

    void header(Row row, String... labels) {
        for (int i = 0; i < labels.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(labels[i]);
            cell.setCellStyle(header);
        }
    }

    void label(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(header);
    }

    /** A string cell, never a formula; empty when there is no text. */
    void text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(text);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    /** A rate in percent (75.0) written as the fraction 0.75 with a percent format; empty when there is none. */
    void percent(Row row, int column, Double rate) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(percent);
        if (rate != null) {
            cell.setCellValue(rate / 100.0);
        }
    }

    /** A gap in percentage points. */
    void points(Row row, int column, Double value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(points);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    void count(Row row, int column, long value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(count);
        cell.setCellValue(value);
    }

    static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, characters[i]) * 256);
        }
    }
}
