package fr.pilotis.referential;

import static fr.pilotis.referential.ReferentialWorkbookFormat.CRITERIA_SHEET;
import static fr.pilotis.referential.ReferentialWorkbookFormat.CRITERION_COLUMNS;
import static fr.pilotis.referential.ReferentialWorkbookFormat.DESCRIPTION_KEY;
import static fr.pilotis.referential.ReferentialWorkbookFormat.NAME_KEY;
import static fr.pilotis.referential.ReferentialWorkbookFormat.NOTICE_SHEET;
import static fr.pilotis.referential.ReferentialWorkbookFormat.REFERENTIAL_SHEET;
import static fr.pilotis.referential.ReferentialWorkbookFormat.THEMES_SHEET;
import static fr.pilotis.referential.ReferentialWorkbookFormat.THEME_COLUMNS;

import fr.pilotis.referential.ReferentialWorkbookFormat.Column;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a référentiel version as a workbook in the format that the import reads back
 * ({@link ReferentialWorkbookFormat}), plus a « Notice » sheet that the import ignores. Every text
 * is written as a string cell: a text that begins with {@code =} stays a text, never a formula.
 */
@Component
class ReferentialWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MessageSource messages;

    ReferentialWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    byte[] export(ReferentialVersion version, Locale locale) {
        return write(version.content(), locale);
    }

    /** The same sheets with their headers and no data: the documented starting point of an import. */
    byte[] template(Locale locale) {
        return write(new ReferentialContent(null, null, List.of(), List.of()), locale);
    }

    byte[] write(ReferentialContent content, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            referentialSheet(workbook, content, styles);
            themesSheet(workbook, content.themes(), styles);
            criteriaSheet(workbook, content.criteria(), styles);
            noticeSheet(workbook, styles, locale);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void referentialSheet(Workbook workbook, ReferentialContent content, Styles styles) {
        Sheet sheet = workbook.createSheet(REFERENTIAL_SHEET);
        keyValue(sheet, 0, NAME_KEY, content.name(), styles);
        keyValue(sheet, 1, DESCRIPTION_KEY, content.description(), styles);
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 100 * 256);
    }

    private static void keyValue(Sheet sheet, int rowIndex, String key, String value, Styles styles) {
        Row row = sheet.createRow(rowIndex);
        text(row, 0, key, styles.header);
        text(row, 1, value, styles.wrapped);
    }

    private static void themesSheet(Workbook workbook, List<ReferentialContent.ThemeContent> themes, Styles styles) {
        Sheet sheet = table(workbook, THEMES_SHEET, THEME_COLUMNS, styles);
        int rowIndex = 1;
        for (ReferentialContent.ThemeContent theme : themes) {
            Row row = sheet.createRow(rowIndex++);
            text(row, 0, theme.code(), styles.wrapped);
            text(row, 1, theme.title(), styles.wrapped);
            text(row, 2, theme.level1Title(), styles.wrapped);
            text(row, 3, theme.level2Title(), styles.wrapped);
        }
    }

    private static void criteriaSheet(
            Workbook workbook, List<ReferentialContent.CriterionContent> criteria, Styles styles) {
        Sheet sheet = table(workbook, CRITERIA_SHEET, CRITERION_COLUMNS, styles);
        int rowIndex = 1;
        for (ReferentialContent.CriterionContent criterion : criteria) {
            Row row = sheet.createRow(rowIndex++);
            text(row, 0, criterion.code(), styles.wrapped);
            text(row, 1, criterion.themeCode(), styles.wrapped);
            row.createCell(2).setCellValue(criterion.level());
            row.getCell(2).setCellStyle(styles.wrapped);
            text(row, 3, criterion.title(), styles.wrapped);
            text(row, 4, criterion.explanation(), styles.wrapped);
            text(row, 5, criterion.examples(), styles.wrapped);
            text(row, 6, criterion.expectedContent(), styles.wrapped);
            text(row, 7, criterion.legalReferences(), styles.wrapped);
            text(row, 8, criterion.expectedEvidence(), styles.wrapped);
            text(row, 9, criterion.keyDeliverable(), styles.wrapped);
        }
    }

    private void noticeSheet(Workbook workbook, Styles styles, Locale locale) {
        Sheet sheet = workbook.createSheet(NOTICE_SHEET);
        text(sheet.createRow(0), 0, message("referential.format.intro", locale), styles.wrapped);
        text(sheet.createRow(1), 0, message("referential.format.rules", locale), styles.wrapped);
        Row header = sheet.createRow(3);
        text(header, 0, message("referential.format.sheet", locale), styles.header);
        text(header, 1, message("referential.format.column", locale), styles.header);
        text(header, 2, message("referential.format.required", locale), styles.header);
        text(header, 3, message("referential.format.content", locale), styles.header);
        int rowIndex = 4;
        for (ReferentialWorkbookFormat.NoticeLine line : ReferentialWorkbookFormat.NOTICE) {
            Row row = sheet.createRow(rowIndex++);
            text(row, 0, line.sheet(), styles.wrapped);
            text(row, 1, line.column(), styles.wrapped);
            text(row, 2, message(line.required() ? "common.yes" : "common.no", locale), styles.wrapped);
            text(row, 3, message(line.descriptionKey(), locale), styles.wrapped);
        }
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 20 * 256);
        sheet.setColumnWidth(2, 12 * 256);
        sheet.setColumnWidth(3, 90 * 256);
    }

    private static Sheet table(Workbook workbook, String name, List<Column> columns, Styles styles) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            text(header, i, columns.get(i).header(), styles.header);
            sheet.setColumnWidth(i, columns.get(i).width() * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        return sheet;
    }

    /** A string cell, whatever the text looks like (never {@code setCellFormula} on data). */
    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** Styles are created once per workbook: Excel allows a limited number of them. */
    private static final class Styles {

        final CellStyle header;
        final CellStyle wrapped;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }
}
