package fr.pilotis.actionplan;

import static fr.pilotis.actionplan.ActionPlanWorkbookFormat.COLUMNS;
import static fr.pilotis.actionplan.ActionPlanWorkbookFormat.PRIORITY_LABELS;
import static fr.pilotis.actionplan.ActionPlanWorkbookFormat.STATUS_LABELS;
import static fr.pilotis.actionplan.ActionPlanWorkbookFormat.SUMMARY_SHEET;

import fr.pilotis.referential.ThemeView;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes collective plans to XLSX: a « Synthèse » sheet with each group's completion per theme, then
 * one sheet per group with one row per action. Every text is written as a string cell, never a
 * formula, so that a title beginning with = + - @ stays a text in Excel.
 */
final class ActionPlanWorkbook {

    /** One group's plan. */
    record GroupPlan(String groupName, List<ActionView> actions) {}

    private ActionPlanWorkbook() {}

    static void write(List<GroupPlan> plans, List<ThemeView> themes, OutputStream out) throws IOException {
        // a plan has tens of rows, not thousands: the plain workbook, whose zip every reader accepts
        // (a streamed one stores parts with data descriptors, which java.util.zip refuses on re-import)
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            summary(workbook.createSheet(SUMMARY_SHEET), plans, themes, styles);
            Set<String> names = new HashSet<>();
            for (int i = 0; i < plans.size(); i++) {
                String name = ActionPlanWorkbookFormat.sheetName(plans.get(i).groupName(), i);
                while (!names.add(ActionPlanWorkbookFormat.normalize(name))) {
                    name = ActionPlanWorkbookFormat.sheetName(name + " " + i, i);
                }
                actions(workbook.createSheet(name), plans.get(i).actions(), styles);
            }
            workbook.write(out);
        }
    }

    private static void summary(Sheet sheet, List<GroupPlan> plans, List<ThemeView> themes, Styles styles) {
        Row header = sheet.createRow(0);
        String[] labels = {"Groupe", "Thème", "Actions", "Faites", "Abandonnées", "En retard", "Réalisation"};
        for (int i = 0; i < labels.length; i++) {
            styles.header(header, i, labels[i]);
        }
        int rowIndex = 1;
        for (GroupPlan plan : plans) {
            for (ThemeView theme : themes) {
                List<ActionView> ofTheme = plan.actions().stream()
                        .filter(a -> a.hasTheme(theme.code()))
                        .toList();
                rowIndex = summaryRow(
                        sheet, rowIndex, plan.groupName(), theme.code() + " " + theme.title(), ofTheme, styles);
            }
            rowIndex = summaryRow(sheet, rowIndex, plan.groupName(), "Tous thèmes", plan.actions(), styles);
        }
        for (int i = 0; i < labels.length; i++) {
            sheet.setColumnWidth(i, (i < 2 ? 40 : 14) * 256);
        }
    }

    private static int summaryRow(
            Sheet sheet, int rowIndex, String group, String theme, List<ActionView> actions, Styles styles) {
        Completion completion = Completion.of(actions);
        Row row = sheet.createRow(rowIndex);
        styles.text(row, 0, group);
        styles.text(row, 1, theme);
        styles.count(row, 2, completion.total());
        styles.count(row, 3, completion.done());
        styles.count(row, 4, completion.abandoned());
        styles.count(row, 5, completion.overdue());
        Cell rate = row.createCell(6);
        rate.setCellStyle(styles.percent);
        if (completion.rate() != null) {
            rate.setCellValue(completion.rate() / 100.0);
        }
        return rowIndex + 1;
    }

    private static void actions(Sheet sheet, List<ActionView> actions, Styles styles) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < COLUMNS.size(); i++) {
            styles.header(header, i, COLUMNS.get(i).header());
        }
        int rowIndex = 1;
        for (ActionView action : actions) {
            Row row = sheet.createRow(rowIndex++);
            styles.text(row, 0, String.valueOf(action.id()));
            styles.text(row, 1, action.title());
            styles.text(row, 2, action.description());
            styles.text(
                    row, 3, action.themes().stream().map(ActionView.Tag::code).collect(Collectors.joining(", ")));
            styles.text(
                    row, 4, action.criteria().stream().map(ActionView.Tag::code).collect(Collectors.joining(", ")));
            styles.text(row, 5, action.ownerReference());
            styles.date(row, 6, action.startsOn());
            styles.date(row, 7, action.dueOn());
            styles.text(row, 8, PRIORITY_LABELS.get(action.priority()));
            styles.text(row, 9, STATUS_LABELS.get(action.status()));
            styles.count(row, 10, action.progress());
        }
        int[] widths = {12, 50, 60, 14, 20, 30, 12, 12, 10, 12, 14};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** The cell styles of one workbook, created once. */
    private static final class Styles {

        private final CellStyle header;
        private final CellStyle text;
        private final CellStyle date;
        private final CellStyle count;
        private final CellStyle percent;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            text = workbook.createCellStyle();
            text.setWrapText(true);
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            count = workbook.createCellStyle();
            count.setDataFormat(workbook.createDataFormat().getFormat("0"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        }

        void header(Row row, int column, String value) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(header);
        }

        /** A string cell, never a formula; empty when there is no text. */
        void text(Row row, int column, String value) {
            Cell cell = row.createCell(column);
            cell.setCellStyle(text);
            if (value != null && !value.isEmpty()) {
                cell.setCellValue(value);
            }
        }

        void date(Row row, int column, LocalDate value) {
            Cell cell = row.createCell(column);
            cell.setCellStyle(date);
            if (value != null) {
                cell.setCellValue(value);
            }
        }

        void count(Row row, int column, long value) {
            Cell cell = row.createCell(column);
            cell.setCellStyle(count);
            cell.setCellValue(value);
        }
    }
}
