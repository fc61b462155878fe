package fr.pilotis.shared.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one workbook, created once, and the only ways an export writes a cell: text
 * always as a string cell with the text format (a text that begins with {@code =}, {@code +},
 * {@code -} or {@code @} stays text: no cell is ever given a formula), percentages as fractions with
 * a percent format, counts and decimals as numbers. Empty when there is no value, never zero.
 */
public final class SafeCells {

    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle percent;
    private final CellStyle count;
    private final CellStyle decimal;
    private final CellStyle twoDecimals;

    public SafeCells(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        count = workbook.createCellStyle();
        count.setDataFormat(workbook.createDataFormat().getFormat("0"));
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        twoDecimals = workbook.createCellStyle();
        twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
    }

    public void header(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(header);
    }

    /** A string cell, never a formula; empty when there is no text. */
    public void text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(text);
        if (value != null) {
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
