package fr.pilotis.shared.excel;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one workbook, created once, and the only ways an export writes a cell: text
 * always as a string cell with the text format (a text that begins with {@code =}, {@code +},
 * {@code -} or {@code @} stays text: no cell is ever given a formula), percentages as fractions with
 * a percent format, counts, decimals, gaps and dates as numbers. Empty when there is no value,
 * never zero. Every export (diagnostic, results, action plans, indicators) writes through it.
 */
public final class SafeCells {

    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle wrappedText;
    private final CellStyle percent;
    private final CellStyle points;
    private final CellStyle count;
    private final CellStyle decimal;
    private final CellStyle twoDecimals;
    private final CellStyle date;

    public SafeCells(Workbook workbook) {
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
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        wrappedText = workbook.createCellStyle();
        wrappedText.setWrapText(true);
        wrappedText.setDataFormat(workbook.createDataFormat().getFormat("@"));
        points = workbook.createCellStyle();
        points.setDataFormat(workbook.createDataFormat().getFormat("+0.0;-0.0;0.0"));
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        count = workbook.createCellStyle();
        count.setDataFormat(workbook.createDataFormat().getFormat("0"));
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        twoDecimals = workbook.createCellStyle();
        twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
    }

    /** A sheet's title, large and bold, alone in the first cell of its row. */
    public void title(Sheet sheet, int rowIndex, String value) {
        Cell cell = sheet.createRow(rowIndex).createCell(0);
        cell.setCellValue(value);
        cell.setCellStyle(title);
    }

    /** A bold label: a column's header, or a row's label. */
    public void header(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(header);
    }

    /** A header row: one label per column from the first. */
    public void header(Row row, String... labels) {
        for (int i = 0; i < labels.length; i++) {
            header(row, i, labels[i]);
        }
    }

    /** A string cell, never a formula; empty when there is no text. */
    public void text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(text);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    /** As {@link #text}, wrapped in its column (long texts: comments, descriptions); empty text is no text. */
    public void wrappedText(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(wrappedText);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
    }

    /** A rate in percent (75.0) written as the fraction 0.75 with a percent format. */
    public void percent(Row row, int column, Double rate) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(percent);
        if (rate != null) {
            cell.setCellValue(rate / 100.0);
        }
    }

    /** A count as a whole number, or with one decimal when it is not whole (a mean, a quartile). */
    public void count(Row row, int column, Double value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(value != null && value != Math.rint(value) ? decimal : count);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    /** A whole count. */
    public void count(Row row, int column, long value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(count);
        cell.setCellValue(value);
    }

    /** A gap in percentage points, signed (+3.5, -2.0). */
    public void points(Row row, int column, Double value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(points);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    /** A day as a date cell (dd/mm/yyyy); empty without one. */
    public void date(Row row, int column, LocalDate value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(date);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    /** Column widths in characters, from the first column. */
    public static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, characters[i]) * 256);
        }
    }

    /** A number shown with one or two decimals (days, ratios, FTE): a numeric cell, empty without value. */
    public void decimal(Row row, int column, Double value, int fractionDigits) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(fractionDigits >= 2 ? twoDecimals : decimal);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    /**
     * One CSV field for French Excel ({@code ;} separators): a text that Excel would read as a
     * formula gets a leading apostrophe, and a field holding a separator, a quote or a line break is
     * quoted.
     */
    public static String csvField(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = startsLikeFormula(value) ? "'" + value : value;
        if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    static boolean startsLikeFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
