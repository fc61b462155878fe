package fr.pilotis.actionplan;

import java.util.List;
import org.apache.poi.ss.util.CellReference;

/**
 * One reason a plan workbook is not imported: where (row and column as Excel shows them; null for
 * the whole file) and what (a message key and its arguments).
 */
public record ImportProblem(
        Integer row, Integer columnIndex, String header, String messageKey, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    static ImportProblem ofFile(String messageKey, Object... arguments) {
        return new ImportProblem(null, null, null, messageKey, List.of(arguments));
    }

    /** « C (Description) », or null for a problem of the whole file or row. */
    public String columnLabel() {
        if (columnIndex == null) {
            return header;
        }
        String letter = CellReference.convertNumToColString(columnIndex);
        return header == null ? letter : letter + " (" + header + ")";
    }
}
