package fr.pilotis.planning;

import java.math.BigDecimal;

/**
 * A group's expert days for a year: the budget (its own or the year's default) against the days of
 * its meetings and of the expert's visits that year.
 */
public record BudgetView(int year, BigDecimal budget, boolean isDefault, BigDecimal meetingDays, BigDecimal visitDays) {

    public BigDecimal consumed() {
        return meetingDays.add(visitDays);
    }

    public BigDecimal remaining() {
        return budget.subtract(consumed());
    }

    public boolean overBudget() {
        return consumed().compareTo(budget) > 0;
    }
}
