package fr.pilotis.actionplan;

import static fr.pilotis.actionplan.ActionPlanWorkbookFormat.COLUMNS;
import static fr.pilotis.actionplan.ActionPlanWorkbookFormat.PRIORITY_LABELS;
import static fr.pilotis.actionplan.ActionPlanWorkbookFormat.STATUS_LABELS;
import static fr.pilotis.actionplan.ActionPlanWorkbookFormat.SUMMARY_SHEET;

import fr.pilotis.referential.ThemeView;
import fr.pilotis.shared.excel.SafeCells;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
            SafeCells styles = new SafeCells(workbook);
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

    private static void summary(Sheet sheet, List<GroupPlan> plans, List<ThemeView> themes, SafeCells styles) {
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
            Sheet sheet, int rowIndex, String group, String theme, List<ActionView> actions, SafeCells styles) {
        Completion completion = Completion.of(actions);
        Row row = sheet.createRow(rowIndex);
        styles.wrappedText(row, 0, group);
        styles.wrappedText(row, 1, theme);
        styles.count(row, 2, completion.total());
        styles.count(row, 3, completion.done());
        styles.count(row, 4, completion.abandoned());
        styles.count(row, 5, completion.overdue());
        styles.percent(row, 6, completion.rate());
        return rowIndex + 1;
    }

    private static void actions(Sheet sheet, List<ActionView> actions, SafeCells styles) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < COLUMNS.size(); i++) {
            styles.header(header, i, COLUMNS.get(i).header());
        }
        int rowIndex = 1;
        for (ActionView action : actions) {
            Row row = sheet.createRow(rowIndex++);
            styles.wrappedText(row, 0, String.valueOf(action.id()));
            styles.wrappedText(row, 1, action.title());
            styles.wrappedText(row, 2, action.description());
            styles.wrappedText(
                    row, 3, action.themes().stream().map(ActionView.Tag::code).collect(Collectors.joining(", ")));
            styles.wrappedText(
                    row, 4, action.criteria().stream().map(ActionView.Tag::code).collect(Collectors.joining(", ")));
            styles.wrappedText(row, 5, action.ownerReference());
            styles.date(row, 6, action.startsOn());
            styles.date(row, 7, action.dueOn());
            styles.wrappedText(row, 8, PRIORITY_LABELS.get(action.priority()));
            styles.wrappedText(row, 9, STATUS_LABELS.get(action.status()));
            styles.count(row, 10, action.progress());
        }
        int[] widths = {12, 50, 60, 14, 20, 30, 12, 12, 10, 12, 14};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** The cell styles of one workbook, created once. */
}
