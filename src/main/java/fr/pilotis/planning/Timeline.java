package fr.pilotis.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The planning as a grid, like slide 17: one row per step, one column per quarter of each year the
 * steps cover (at least the current year); a cell is on when the step runs during that quarter.
 */
public record Timeline(List<Integer> years, List<Row> rows) {

    public record Row(StepView step, List<Boolean> quarters) {}

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    static Timeline of(List<StepView> steps, int currentYear) {
        int first = currentYear;
        int last = currentYear;
        for (StepView step : steps) {
            first = Math.min(first, step.startsOn().getYear());
            last = Math.max(last, step.endsOn().getYear());
        }
        List<Integer> years = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            years.add(y);
        }
        List<Row> rows = new ArrayList<>();
        for (StepView step : steps) {
            List<Boolean> quarters = new ArrayList<>();
            for (int y = first; y <= last; y++) {
                for (int q = 0; q < 4; q++) {
                    LocalDate from = LocalDate.of(y, q * 3 + 1, 1);
                    LocalDate to = from.plusMonths(3).minusDays(1);
                    quarters.add(!step.startsOn().isAfter(to) && !step.endsOn().isBefore(from));
                }
            }
            rows.add(new Row(step, quarters));
        }
        return new Timeline(years, rows);
    }
}
