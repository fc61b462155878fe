package fr.pilotis.actionplan;

import java.util.List;

/** A plan workbook that is not imported, with every problem found. Nothing is saved. */
public class ImportRefusedException extends RuntimeException {

    private final List<ImportProblem> problems;

    ImportRefusedException(List<ImportProblem> problems) {
        super(problems.size() + " problem(s) in the action plan workbook", null, false, false);
        this.problems = List.copyOf(problems);
    }

    static ImportRefusedException ofFile(String messageKey, Object... arguments) {
        return new ImportRefusedException(List.of(ImportProblem.ofFile(messageKey, arguments)));
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
