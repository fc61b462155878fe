package fr.pilotis.report;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** The due date the network admin set for a semester's reports (else {@link Semester#defaultDueDate()}). */
@Entity
class SemesterDueDate extends TenantEntity {

    private int year;
    private int half;
    private LocalDate dueOn;

    @Version
    private int lockVersion;

    protected SemesterDueDate() {}

    SemesterDueDate(Semester semester, LocalDate dueOn) {
        this.year = semester.year();
        this.half = semester.half();
        this.dueOn = dueOn;
    }

    Semester semester() {
        return new Semester(year, half);
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
