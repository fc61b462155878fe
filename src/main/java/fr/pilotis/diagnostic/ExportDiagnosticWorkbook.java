package fr.pilotis.diagnostic;

import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.referential.CriterionView;
import fr.pilotis.referential.ThemeView;
import fr.pilotis.shared.excel.SafeCells;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * One structure's diagnostic as a workbook: a summary sheet with its rates (declared, and
 * validated once the expert validated it) and a sheet with every criterion, the structure's
 * answer and the expert's review.
 */
@Component
class ExportDiagnosticWorkbook {

    private final MessageSource messages;

    ExportDiagnosticWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(StructureSummary structure, DiagnosticView diagnostic, Locale locale, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SafeCells cells = new SafeCells(workbook);
            summary(
                    workbook.createSheet(message("results.export.sheet.summary", locale)),
                    cells,
                    structure,
                    diagnostic,
                    locale);
            criteria(workbook.createSheet(message("results.export.sheet.criteria", locale)), cells, diagnostic, locale);
            workbook.write(out);
        }
    }

    private void summary(
            Sheet sheet, SafeCells cells, StructureSummary structure, DiagnosticView diagnostic, Locale locale) {
        SafeCells.widths(sheet, 48, 16, 16, 16, 16, 16);
        cells.title(sheet, 0, message("results.export.diagnosticTitle", locale, structure.name()));
        int r = 2;
        r = pair(sheet, cells, r, message("results.export.structure", locale), structure.name());
        r = pair(sheet, cells, r, message("results.export.finess", locale), structure.finess());
        Row year = sheet.createRow(r++);
        cells.header(year, 0, message("results.export.campaign", locale));
        cells.count(year, 1, diagnostic.campaign().year());
        r = pair(
                sheet,
                cells,
                r,
                message("results.export.status", locale),
                message("results.status." + diagnostic.status(), locale));
        r = pair(
                sheet,
                cells,
                r,
                message("results.export.referential", locale),
                message(
                        "results.export.referentialValue",
                        locale,
                        diagnostic.referential().summary().name(),
                        diagnostic.referential().summary().version()));

        List<ThemeView> themes = diagnostic.referential().themes();
        Map<Long, ThemeView> themesById = diagnostic.referential().themesById();
        boolean validated = diagnostic.status() == DiagnosticStatus.VALIDATED;
        Scorecard declaredCard = Scorecard.of(
                themes.stream().map(ThemeView::code).toList(),
                diagnostic.referential().criteria().stream()
                        .map(c -> new Scorecard.Scored(
                                themesById.get(c.themeId()).code(),
                                c.level(),
                                diagnostic.answerTo(c).rating()))
                        .toList());
        Scorecard validatedCard = validated
                ? Scorecard.of(
                        themes.stream().map(ThemeView::code).toList(),
                        diagnostic.referential().criteria().stream()
                                .map(c -> new Scorecard.Scored(
                                        themesById.get(c.themeId()).code(),
                                        c.level(),
                                        diagnostic.answerTo(c).reviewRating()))
                                .toList())
                : null;

        r++;
        cells.header(
                sheet.createRow(r++),
                message("results.export.set", locale),
                message("results.export.declaredRate", locale),
                message("results.export.declaredPartial", locale),
                message("results.export.validatedRate", locale),
                message("results.export.validatedPartial", locale),
                message("results.export.gap", locale));
        rateRow(
                sheet.createRow(r++),
                cells,
                message("results.module", locale),
                declaredCard.module(),
                validatedCard == null ? null : validatedCard.module());
        for (int level = 1; level <= 2; level++) {
            rateRow(
                    sheet.createRow(r++),
                    cells,
                    message("results.level", locale, level),
                    declaredCard.level(level),
                    validatedCard == null ? null : validatedCard.level(level));
        }
        for (ThemeView theme : themes) {
            rateRow(
                    sheet.createRow(r++),
                    cells,
                    theme.code() + " " + theme.title(),
                    declaredCard.theme(theme.code()),
                    validatedCard == null ? null : validatedCard.theme(theme.code()));
        }

        r++;
        cells.header(
                sheet.createRow(r++),
                "",
                message("results.basis.DECLARED", locale),
                message("results.basis.VALIDATED", locale));
        for (int level = 1; level <= 2; level++) {
            Row row = sheet.createRow(r++);
            cells.header(row, 0, message("results.allMet", locale, level));
            cells.wrappedText(row, 1, yesNo(declaredCard.allMet(level), locale));
            cells.wrappedText(row, 2, validatedCard == null ? null : yesNo(validatedCard.allMet(level), locale));
        }
    }

    private void rateRow(Row row, SafeCells cells, String label, ConformityRate declared, ConformityRate validated) {
        cells.wrappedText(row, 0, label);
        cells.percent(row, 1, declared.percent());
        cells.count(row, 2, declared.partial());
        if (validated != null) {
            cells.percent(row, 3, validated.percent());
            cells.count(row, 4, validated.partial());
            cells.points(row, 5, ConformityRate.gap(declared, validated));
        }
    }

    private void criteria(Sheet sheet, SafeCells cells, DiagnosticView diagnostic, Locale locale) {
        SafeCells.widths(sheet, 10, 8, 8, 60, 22, 40, 40, 22, 40);
        sheet.createFreezePane(0, 1);
        cells.header(
                sheet.createRow(0),
                message("results.export.code", locale),
                message("results.export.theme", locale),
                message("results.export.level", locale),
                message("results.export.title", locale),
                message("results.export.rating", locale),
                message("results.export.justification", locale),
                message("results.export.comment", locale),
                message("results.export.reviewRating", locale),
                message("results.export.reviewComment", locale));
        int r = 1;
        for (CriterionView criterion : diagnostic.referential().criteria()) {
            AnswerView answer = diagnostic.answerTo(criterion);
            Row row = sheet.createRow(r++);
            cells.wrappedText(row, 0, criterion.code());
            cells.wrappedText(row, 1, criterion.themeCode());
            cells.count(row, 2, criterion.level());
            cells.wrappedText(row, 3, criterion.title());
            cells.wrappedText(row, 4, rating(answer.rating(), locale));
            cells.wrappedText(row, 5, answer.justification());
            cells.wrappedText(row, 6, answer.comment());
            cells.wrappedText(row, 7, rating(answer.reviewRating(), locale));
            cells.wrappedText(row, 8, answer.reviewComment());
        }
    }

    private int pair(Sheet sheet, SafeCells cells, int rowIndex, String label, String value) {
        Row row = sheet.createRow(rowIndex);
        cells.header(row, 0, label);
        cells.wrappedText(row, 1, value);
        return rowIndex + 1;
    }

    private String rating(Rating rating, Locale locale) {
        return rating == null ? null : message("results.rating." + rating, locale);
    }

    private String yesNo(boolean value, Locale locale) {
        return message(value ? "common.yes" : "common.no", locale);
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
