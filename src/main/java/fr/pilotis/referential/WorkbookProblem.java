package fr.pilotis.referential;

import java.util.List;
import org.apache.poi.ss.util.CellReference;

/**
 * One reason a référentiel workbook is refused: where (sheet, row and column as Excel shows them;
 * all null for a problem with the whole file) and what (a message key of the bundle and its
 * arguments).
 */
public record WorkbookProblem(
        String sheet, Integer row, Integer columnIndex, String header, String messageKey, List<Object> arguments) {

    public WorkbookProblem {
        arguments = List.copyOf(arguments);
    }

    static WorkbookProblem ofFile(String messageKey, Object... arguments) {
        return new WorkbookProblem(null, null, null, null, messageKey, List.of(arguments));
    }

    public boolean concernsWholeFile() {
        return sheet == null;
    }

    /** The column's letter (A, B, … AA), or null when the problem concerns no single column. */
    public String column() {
        return columnIndex == null ? null : CellReference.convertNumToColString(columnIndex);
    }

    /** The column as the errors table shows it: « C (Niveau) », the letter or the header alone, or null. */
    public String columnLabel() {
        if (column() != null && header != null) {
            return column() + " (" + header + ")";
        }
        return column() != null ? column() : header;
    }
}
