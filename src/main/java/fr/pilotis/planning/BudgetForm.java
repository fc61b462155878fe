package fr.pilotis.planning;

import java.math.BigDecimal;

/** The expert-days budget form of a group. */
class BudgetForm {

    private Integer year;

    private BigDecimal days;

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public BigDecimal getDays() {
        return days;
    }

    public void setDays(BigDecimal days) {
        this.days = days;
    }
}
