package fr.pilotis.actionplan;

import static fr.pilotis.actionplan.ActionPlanWorkbookFormat.COLUMNS;
import static fr.pilotis.actionplan.ActionPlanWorkbookFormat.SUMMARY_SHEET;
import static fr.pilotis.actionplan.ActionPlanWorkbookFormat.normalize;

import fr.pilotis.referential.CriterionView;
import fr.pilotis.referential.ThemeView;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.excel.WorkbookPackage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a plan workbook (docs/action-plan-xlsx.md) into drafts, or refuses it with every problem
 * found, each with its row and column. The package is checked by {@link WorkbookPackage} first (not
 * an XLSX, corrupt, zip bomb, DOCTYPE or entity); a formula in any cell is refused. The first sheet
 * that is not « Synthèse » is read; the drafts are checked against the plan's rules here, so that a
 * refused workbook saves nothing.
 */
final class ActionPlanWorkbookReader {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 1_000;

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    /** One row read: the action it names (null for a new one) and what it should be. */
    record ImportedRow(int rowNumber, Long reference, ActionDraft draft) {}

    private ActionPlanWorkbookReader() {}

    static List<ImportedRow> read(byte[] bytes, PlanChoices choices, Set<Long> knownReferences) {
        if (bytes.length == 0) {
            throw ImportRefusedException.ofFile("actionplan.file.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw ImportRefusedException.ofFile("actionplan.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        try {
            WorkbookPackage.check(bytes);
        } catch (WorkbookPackage.Refused refused) {
            throw ImportRefusedException.ofFile(keyOf(refused.reason()));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            return new Reading(choices, knownReferences).rows(workbook);
        } catch (ImportRefusedException refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            throw ImportRefusedException.ofFile(keyOf(WorkbookPackage.classify(unreadable)));
        }
    }

    private static String keyOf(WorkbookPackage.Reason reason) {
        return switch (reason) {
            case OLD_FORMAT -> "actionplan.file.oldFormat";
            case NOT_XLSX -> "actionplan.file.notXlsx";
            case ZIP_BOMB -> "actionplan.file.zipBomb";
            case EXTERNAL_ENTITIES -> "actionplan.file.externalEntities";
            case CORRUPT -> "actionplan.file.corrupt";
        };
    }

    private static final class Reading {

        private final PlanChoices choices;
        private final Set<Long> knownReferences;
        private final List<ImportProblem> problems = new ArrayList<>();
        private final Set<String> reported = new HashSet<>();

        Reading(PlanChoices choices, Set<Long> knownReferences) {
            this.choices = choices;
            this.knownReferences = knownReferences;
        }

        List<ImportedRow> rows(XSSFWorkbook workbook) {
            Sheet sheet = null;
            for (Sheet candidate : workbook) {
                if (!normalize(candidate.getSheetName()).equals(normalize(SUMMARY_SHEET))) {
                    sheet = candidate;
                    break;
                }
            }
            if (sheet == null) {
                throw ImportRefusedException.ofFile("actionplan.file.noPlanSheet");
            }
            Map<String, Integer> columnOf = header(sheet);
            if (!problems.isEmpty()) {
                throw new ImportRefusedException(problems);
            }
            List<ImportedRow> rows = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0 || blank(row)) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    addAt(row.getRowNum() + 1, null, null, "actionplan.file.tooManyRows", MAX_ROWS);
                    break;
                }
                rows.add(row(row, columnOf, seen));
            }
            if (!problems.isEmpty()) {
                throw new ImportRefusedException(problems);
            }
            return rows;
        }

        private Map<String, Integer> header(Sheet sheet) {
            Map<String, Integer> columnOf = new HashMap<>();
            Row header = sheet.getRow(0);
            if (header != null) {
                for (Cell cell : header) {
                    if (cell.getCellType() == CellType.STRING) {
                        for (ActionPlanWorkbookFormat.Column column : COLUMNS) {
                            if (normalize(column.header()).equals(normalize(cell.getStringCellValue()))) {
                                columnOf.putIfAbsent(column.field(), cell.getColumnIndex());
                            }
                        }
                    }
                }
            }
            for (ActionPlanWorkbookFormat.Column column : COLUMNS) {
                if (!columnOf.containsKey(column.field())) {
                    addAt(1, null, column.header(), "actionplan.file.columnMissing", column.header());
                }
            }
            return columnOf;
        }

        private ImportedRow row(Row row, Map<String, Integer> columnOf, Set<Long> seen) {
            int number = row.getRowNum() + 1;
            Map<String, String> text = new HashMap<>();
            for (ActionPlanWorkbookFormat.Column column : COLUMNS) {
                text.put(column.field(), text(row.getCell(columnOf.get(column.field())), number, column));
            }
            Long reference = null;
            String referenceText = text.get("reference");
            if (referenceText != null) {
                try {
                    reference = Long.parseLong(referenceText);
                } catch (NumberFormatException notANumber) {
                    reference = -1L;
                }
                if (!knownReferences.contains(reference)) {
                    add(number, "reference", columnOf, "actionplan.file.unknownReference", referenceText);
                } else if (!seen.add(reference)) {
                    add(number, "reference", columnOf, "actionplan.file.duplicateReference", referenceText);
                }
            }
            Set<Long> criterionIds = new LinkedHashSet<>();
            Set<Long> themeIds = new LinkedHashSet<>();
            for (String code : codes(text.get("criterionIds"))) {
                Optional<CriterionView> criterion = choices.criterionByCode(code);
                if (criterion.isEmpty()) {
                    add(number, "criterionIds", columnOf, "actionplan.file.unknownCriterion", code);
                } else {
                    criterionIds.add(criterion.get().id());
                    themeIds.add(criterion.get().themeId());
                }
            }
            for (String code : codes(text.get("themeIds"))) {
                Optional<ThemeView> theme = choices.themeByCode(code);
                if (theme.isEmpty()) {
                    add(number, "themeIds", columnOf, "actionplan.file.unknownTheme", code);
                } else {
                    themeIds.add(theme.get().id());
                }
            }
            Long ownerPersonId = null;
            Long ownerStructureId = null;
            if (text.get("owner") != null) {
                Optional<OwnerChoice> owner = choices.ownerByReference(text.get("owner"));
                if (owner.isEmpty()) {
                    add(number, "owner", columnOf, "actionplan.owner.outside");
                } else {
                    ownerPersonId = owner.get().personId();
                    ownerStructureId = owner.get().structureId();
                }
            }
            ActionPriority priority = null;
            if (text.get("priority") == null) {
                priority = ActionPriority.MEDIUM;
            } else {
                priority =
                        ActionPlanWorkbookFormat.priority(text.get("priority")).orElse(null);
            }
            ActionStatus status;
            if (text.get("status") == null) {
                status = ActionStatus.TODO;
            } else {
                status = ActionPlanWorkbookFormat.status(text.get("status")).orElse(null);
            }
            Integer progress = 0;
            if (text.get("progress") != null) {
                try {
                    progress = new BigDecimal(text.get("progress")
                                    .replace(',', '.')
                                    .replace("%", "")
                                    .strip())
                            .intValueExact();
                } catch (ArithmeticException | NumberFormatException notAWholeNumber) {
                    add(number, "progress", columnOf, "actionplan.progress.range");
                    progress = null;
                }
            }
            ActionDraft draft = new ActionDraft(
                    text.get("title"),
                    text.get("description"),
                    themeIds,
                    criterionIds,
                    ownerPersonId,
                    ownerStructureId,
                    date(text.get("startsOn"), number, "startsOn", columnOf),
                    date(text.get("dueOn"), number, "dueOn", columnOf),
                    priority,
                    status,
                    progress);
            // the same rules as the form, each problem put back on its column
            InvalidInputException.Collector rules = new InvalidInputException.Collector();
            ActionPlans.problems(draft, choices, rules);
            try {
                rules.throwIfAny();
            } catch (InvalidInputException refused) {
                refused.problems()
                        .forEach(p -> add(
                                number,
                                p.field(),
                                columnOf,
                                p.messageKey(),
                                p.arguments().toArray()));
            }
            return new ImportedRow(number, reference, draft);
        }

        private LocalDate date(String text, int number, String field, Map<String, Integer> columnOf) {
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException notIso) {
                try {
                    return LocalDate.parse(text, FRENCH_DATE);
                } catch (DateTimeParseException notFrench) {
                    add(number, field, columnOf, "actionplan.file.date", text);
                    return null;
                }
            }
        }

        private static List<String> codes(String text) {
            if (text == null) {
                return List.of();
            }
            return java.util.Arrays.stream(text.split("[,;\\s]+"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }

        private boolean blank(Row row) {
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.BLANK
                        && !(cell.getCellType() == CellType.STRING
                                && cell.getStringCellValue().isBlank())) {
                    return false;
                }
            }
            return true;
        }

        /** A cell's text, stripped, null when empty; a formula or error value is reported and read as nothing. */
        private String text(Cell cell, int number, ActionPlanWorkbookFormat.Column column) {
            if (cell == null) {
                return null;
            }
            String value = switch (cell.getCellType()) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC ->
                    DateUtil.isCellDateFormatted(cell)
                            ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                            : BigDecimal.valueOf(cell.getNumericCellValue())
                                    .stripTrailingZeros()
                                    .toPlainString();
                case BOOLEAN -> cell.getBooleanCellValue() ? "VRAI" : "FAUX";
                case FORMULA -> {
                    addAt(number, cell.getColumnIndex(), column.header(), "actionplan.file.formula");
                    yield null;
                }
                case ERROR -> {
                    addAt(number, cell.getColumnIndex(), column.header(), "actionplan.file.errorValue");
                    yield null;
                }
                default -> null;
            };
            return value == null || value.isBlank() ? null : value.strip();
        }

        private void add(int row, String field, Map<String, Integer> columnOf, String key, Object... arguments) {
            int index = field == null ? -1 : ActionPlanWorkbookFormat.indexOf(field);
            String header = index < 0 ? null : COLUMNS.get(index).header();
            addAt(row, field == null ? null : columnOf.get(field), header, key, arguments);
        }

        /** The first problem of a cell is kept: a formula is not also reported as a missing value. */
        private void addAt(int row, Integer column, String header, String key, Object... arguments) {
            if (column == null || reported.add(row + "!" + column)) {
                problems.add(new ImportProblem(row, column, header, key, List.of(arguments)));
            }
        }
    }
}
