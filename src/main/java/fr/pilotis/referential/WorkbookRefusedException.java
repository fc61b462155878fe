package fr.pilotis.referential;

import java.util.List;

/** A référentiel workbook that is not imported, with every problem found in it. Nothing is saved. */
public class WorkbookRefusedException extends RuntimeException {

    private final List<WorkbookProblem> problems;

    WorkbookRefusedException(List<WorkbookProblem> problems) {
        super(problems.size() + " problem(s) in the référentiel workbook", null, false, false);
        this.problems = List.copyOf(problems);
    }

    static WorkbookRefusedException ofFile(String messageKey, Object... arguments) {
        return new WorkbookRefusedException(List.of(WorkbookProblem.ofFile(messageKey, arguments)));
    }

    public List<WorkbookProblem> problems() {
        return problems;
    }
}
