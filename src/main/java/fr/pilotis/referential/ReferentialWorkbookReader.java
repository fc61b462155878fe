package fr.pilotis.referential;

import static fr.pilotis.referential.ReferentialWorkbookFormat.CRITERIA_SHEET;
import static fr.pilotis.referential.ReferentialWorkbookFormat.CRITERION_COLUMNS;
import static fr.pilotis.referential.ReferentialWorkbookFormat.DESCRIPTION_KEY;
import static fr.pilotis.referential.ReferentialWorkbookFormat.NAME_KEY;
import static fr.pilotis.referential.ReferentialWorkbookFormat.REFERENTIAL_SHEET;
import static fr.pilotis.referential.ReferentialWorkbookFormat.SHEETS;
import static fr.pilotis.referential.ReferentialWorkbookFormat.THEMES_SHEET;
import static fr.pilotis.referential.ReferentialWorkbookFormat.THEME_COLUMNS;
import static fr.pilotis.referential.ReferentialWorkbookFormat.normalize;

import fr.pilotis.referential.ReferentialWorkbookFormat.Column;
import fr.pilotis.shared.excel.WorkbookPackage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a référentiel workbook into {@link ReferentialContent}, or refuses it with every problem
 * found, each with its sheet, row and column as Excel shows them.
 *
 * <p>The file is checked before POI parses it by {@link WorkbookPackage} (an OOXML spreadsheet by
 * its content, no zip bomb, no DOCTYPE or entity). Formulas are refused: a cached value may be stale or missing, so the file must
 * hold the values themselves.
 */
final class ReferentialWorkbookReader {

    /** The largest workbook accepted, in bytes. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    /** Data rows read per sheet; a longer sheet is refused rather than read on and on. */
    static final int MAX_ROWS = 2_000;

    private static final Logger log = LoggerFactory.getLogger(ReferentialWorkbookReader.class);

    private ReferentialWorkbookReader() {}

    static ReferentialContent read(byte[] bytes) {
        if (bytes.length == 0) {
            throw WorkbookRefusedException.ofFile("referential.file.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw WorkbookRefusedException.ofFile("referential.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        checkPackage(bytes);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return new Reading(workbook).content();
        } catch (WorkbookRefusedException refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            // POI reports a bad package with many exception types; none of them is the user's to read
            log.debug("Référentiel workbook refused by POI", unreadable);
            throw WorkbookRefusedException.ofFile(classify(unreadable));
        }
    }

    /** The generic package checks, shared with the other workbook readers, in this reader's words. */
    private static void checkPackage(byte[] bytes) {
        try {
            WorkbookPackage.check(bytes);
        } catch (WorkbookPackage.Refused refused) {
            log.debug("Référentiel workbook refused before parsing: {}", refused.reason());
            throw WorkbookRefusedException.ofFile(keyOf(refused.reason()));
        }
    }

    static String classify(Throwable failure) {
        return keyOf(WorkbookPackage.classify(failure));
    }

    private static String keyOf(WorkbookPackage.Reason reason) {
        return switch (reason) {
            case OLD_FORMAT -> "referential.file.oldFormat";
            case NOT_XLSX -> "referential.file.notXlsx";
            case ZIP_BOMB -> "referential.file.zipBomb";
            case EXTERNAL_ENTITIES -> "referential.file.externalEntities";
            case CORRUPT -> "referential.file.corrupt";
        };
    }

    /** One reading of an opened workbook: every problem is collected, the first per cell is kept. */
    private static final class Reading {

        private final Workbook workbook;
        private final List<WorkbookProblem> problems = new ArrayList<>();
        private final Set<String> reportedCells = new HashSet<>();

        Reading(Workbook workbook) {
            this.workbook = workbook;
        }

        ReferentialContent content() {
            Sheet referentialSheet = sheet(REFERENTIAL_SHEET);
            Table themes = table(sheet(THEMES_SHEET), THEMES_SHEET, THEME_COLUMNS);
            Table criteria = table(sheet(CRITERIA_SHEET), CRITERIA_SHEET, CRITERION_COLUMNS);
            if (referentialSheet == null || themes == null || criteria == null) {
                // without its sheets and columns the rows cannot be read: say only that
                throw refusal();
            }
            KeyValues header = keyValues(referentialSheet);
            ReferentialContent content =
                    new ReferentialContent(header.name(), header.description(), themes(themes), criteria(criteria));
            for (ReferentialRules.Problem problem : ReferentialRules.problems(content)) {
                add(locate(problem, header, themes, criteria));
            }
            if (!problems.isEmpty()) {
                throw refusal();
            }
            return content;
        }

        private WorkbookRefusedException refusal() {
            List<WorkbookProblem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparing((WorkbookProblem p) -> SHEETS.indexOf(p.sheet()))
                    .thenComparing(WorkbookProblem::row, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(WorkbookProblem::columnIndex, Comparator.nullsFirst(Comparator.naturalOrder())));
            return new WorkbookRefusedException(sorted);
        }

        private Sheet sheet(String name) {
            for (Sheet sheet : workbook) {
                if (normalize(sheet.getSheetName()).equals(normalize(name))) {
                    return sheet;
                }
            }
            add(new WorkbookProblem(name, null, null, null, "referential.file.sheetMissing", List.of(name)));
            return null;
        }

        // ---- « Référentiel »: key in column A, value in column B

        private record KeyValues(String name, int nameRow, String description, int descriptionRow) {}

        private KeyValues keyValues(Sheet sheet) {
            String name = null;
            String description = null;
            int nameRow = 1;
            int descriptionRow = 2;
            for (Row row : sheet) {
                String key = normalize(text(row.getCell(0), REFERENTIAL_SHEET, row.getRowNum(), 0, null));
                if (key.equals(normalize(NAME_KEY))) {
                    nameRow = row.getRowNum() + 1;
                    name = text(row.getCell(1), REFERENTIAL_SHEET, row.getRowNum(), 1, NAME_KEY);
                } else if (key.equals(normalize(DESCRIPTION_KEY))) {
                    descriptionRow = row.getRowNum() + 1;
                    description = text(row.getCell(1), REFERENTIAL_SHEET, row.getRowNum(), 1, DESCRIPTION_KEY);
                }
            }
            return new KeyValues(name, nameRow, description, descriptionRow);
        }

        // ---- « Thèmes » and « Critères »: a header row, then one row per item

        /** A sheet's data rows as field → text, with the Excel row number of each. */
        private record Table(
                String sheet,
                List<Column> columns,
                Map<String, Integer> columnOf,
                List<Map<String, String>> rows,
                List<Integer> rowNumbers) {

            WorkbookProblem problem(int index, String field, String messageKey, List<Object> arguments) {
                Integer columnIndex = columnOf.get(field);
                String header = ReferentialWorkbookFormat.column(columns, field)
                        .map(Column::header)
                        .orElse(null);
                return new WorkbookProblem(sheet, rowNumbers.get(index), columnIndex, header, messageKey, arguments);
            }
        }

        private Table table(Sheet sheet, String name, List<Column> columns) {
            if (sheet == null) {
                return null;
            }
            Map<String, Integer> columnOf = new HashMap<>();
            Row headerRow = sheet.getRow(0);
            if (headerRow != null) {
                for (Cell cell : headerRow) {
                    String header = normalize(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : null);
                    for (Column column : columns) {
                        if (normalize(column.header()).equals(header)) {
                            columnOf.putIfAbsent(column.field(), cell.getColumnIndex());
                        }
                    }
                }
            }
            boolean complete = true;
            for (Column column : columns) {
                if (column.required() && !columnOf.containsKey(column.field())) {
                    add(new WorkbookProblem(
                            name,
                            1,
                            null,
                            column.header(),
                            "referential.file.columnMissing",
                            List.of(column.header())));
                    complete = false;
                }
            }
            if (!complete) {
                return null;
            }
            List<Map<String, String>> rows = new ArrayList<>();
            List<Integer> rowNumbers = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0 || blank(row, columnOf)) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    add(new WorkbookProblem(
                            name, row.getRowNum() + 1, null, null, "referential.file.tooManyRows", List.of(MAX_ROWS)));
                    break;
                }
                Map<String, String> values = new HashMap<>();
                for (Column column : columns) {
                    Integer index = columnOf.get(column.field());
                    if (index != null) {
                        values.put(
                                column.field(),
                                text(row.getCell(index), name, row.getRowNum(), index, column.header()));
                    }
                }
                rows.add(values);
                rowNumbers.add(row.getRowNum() + 1);
            }
            return new Table(name, columns, columnOf, rows, rowNumbers);
        }

        private static boolean blank(Row row, Map<String, Integer> columnOf) {
            for (int index : columnOf.values()) {
                Cell cell = row.getCell(index);
                if (cell != null
                        && cell.getCellType() != CellType.BLANK
                        && !(cell.getCellType() == CellType.STRING
                                && cell.getStringCellValue().isBlank())) {
                    return false;
                }
            }
            return true;
        }

        private List<ReferentialContent.ThemeContent> themes(Table table) {
            return table.rows().stream()
                    .map(row -> new ReferentialContent.ThemeContent(
                            row.get("code"), row.get("title"), row.get("level1Title"), row.get("level2Title")))
                    .toList();
        }

        private List<ReferentialContent.CriterionContent> criteria(Table table) {
            List<ReferentialContent.CriterionContent> criteria = new ArrayList<>();
            for (int i = 0; i < table.rows().size(); i++) {
                Map<String, String> row = table.rows().get(i);
                criteria.add(new ReferentialContent.CriterionContent(
                        row.get("code"),
                        row.get("themeCode"),
                        level(table, i, row.get("level")),
                        row.get("title"),
                        row.get("explanation"),
                        row.get("examples"),
                        row.get("expectedContent"),
                        row.get("legalReferences"),
                        row.get("expectedEvidence"),
                        row.get("keyDeliverable")));
            }
            return criteria;
        }

        /** 1 or 2; anything else becomes 0, which the rules report as an invalid level. */
        private int level(Table table, int index, String text) {
            if (text == null) {
                add(table.problem(index, "level", "validation.required", List.of()));
                return 0;
            }
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException notANumber) {
                return 0;
            }
        }

        // ---- the rules' problems, put back on the rows and columns they came from

        private WorkbookProblem locate(
                ReferentialRules.Problem problem, KeyValues header, Table themes, Table criteria) {
            return switch (problem.kind()) {
                case THEME ->
                    themes.problem(problem.index(), problem.field(), problem.messageKey(), problem.arguments());
                case CRITERION ->
                    criteria.problem(problem.index(), problem.field(), problem.messageKey(), problem.arguments());
                case REFERENTIAL ->
                    switch (problem.field()) {
                        case "name" ->
                            new WorkbookProblem(
                                    REFERENTIAL_SHEET,
                                    header.nameRow(),
                                    1,
                                    NAME_KEY,
                                    problem.messageKey(),
                                    problem.arguments());
                        case "description" ->
                            new WorkbookProblem(
                                    REFERENTIAL_SHEET,
                                    header.descriptionRow(),
                                    1,
                                    DESCRIPTION_KEY,
                                    problem.messageKey(),
                                    problem.arguments());
                        case "themes" ->
                            new WorkbookProblem(
                                    THEMES_SHEET, null, null, null, problem.messageKey(), problem.arguments());
                        default ->
                            new WorkbookProblem(
                                    CRITERIA_SHEET, null, null, null, problem.messageKey(), problem.arguments());
                    };
            };
        }

        private void add(WorkbookProblem problem) {
            if (problem.row() == null
                    || problem.columnIndex() == null
                    || reportedCells.add(problem.sheet() + "!" + problem.row() + "!" + problem.columnIndex())) {
                problems.add(problem);
            }
        }

        // ---- cells

        /**
         * A cell's text, stripped, null when empty. A number is written as text without a useless
         * {@code .0}; a formula or an error value is reported and read as nothing.
         */
        private String text(Cell cell, String sheet, int rowIndex, int columnIndex, String header) {
            if (cell == null) {
                return null;
            }
            String text = switch (cell.getCellType()) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC ->
                    DateUtil.isCellDateFormatted(cell)
                            ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                            : BigDecimal.valueOf(cell.getNumericCellValue())
                                    .stripTrailingZeros()
                                    .toPlainString();
                case BOOLEAN -> cell.getBooleanCellValue() ? "VRAI" : "FAUX";
                case FORMULA -> {
                    add(new WorkbookProblem(
                            sheet, rowIndex + 1, columnIndex, header, "referential.file.formula", List.of()));
                    yield null;
                }
                case ERROR -> {
                    add(new WorkbookProblem(
                            sheet,
                            rowIndex + 1,
                            columnIndex,
                            header,
                            "referential.file.errorValue",
                            List.of(errorText(cell))));
                    yield null;
                }
                default -> null;
            };
            if (text == null || text.isBlank()) {
                return null;
            }
            return text.strip();
        }

        private static String errorText(Cell cell) {
            try {
                return FormulaError.forInt(cell.getErrorCellValue()).getString();
            } catch (IllegalArgumentException unknown) {
                return "#?";
            }
        }
    }
}
