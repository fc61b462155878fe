package fr.pilotis.planning;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

/** The expert days granted to a group for a year, when it differs from the year's default. */
@Entity
class ExpertBudget extends TenantEntity {

    @Column(name = "working_group_id")
    private long groupId;

    private int year;
    private BigDecimal days;

    protected ExpertBudget() {}

    ExpertBudget(long groupId, int year) {
        this.groupId = groupId;
        this.year = year;
    }

    void setDays(BigDecimal days) {
        this.days = days;
    }

    int getYear() {
        return year;
    }

    BigDecimal getDays() {
        return days;
    }
}
