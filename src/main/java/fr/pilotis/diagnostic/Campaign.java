package fr.pilotis.diagnostic;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;
import java.time.LocalDate;

/** A campaign year: the référentiel version to answer and the period when answers are taken. */
@Entity
class Campaign extends TenantEntity {

    private int year;
    private Long referentialId;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private boolean directorSignOff;

    protected Campaign() {}

    Campaign(int year, long referentialId, LocalDate opensOn, LocalDate closesOn, boolean directorSignOff) {
        this.year = year;
        this.referentialId = referentialId;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.directorSignOff = directorSignOff;
    }

    int getYear() {
        return year;
    }

    Long getReferentialId() {
        return referentialId;
    }

    LocalDate getOpensOn() {
        return opensOn;
    }

    LocalDate getClosesOn() {
        return closesOn;
    }

    boolean isDirectorSignOff() {
        return directorSignOff;
    }

    boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    CampaignView view() {
        return new CampaignView(getId(), year, referentialId, opensOn, closesOn, directorSignOff);
    }
}
