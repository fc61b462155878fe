package fr.pilotis.diagnostic;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The network admin's form to open a campaign. */
class CampaignForm {

    private Integer year;
    private Long referentialId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate opensOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate closesOn;

    private boolean directorSignOff;

    OpenCampaign request() {
        return new OpenCampaign(year, referentialId, opensOn, closesOn, directorSignOff);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getReferentialId() {
        return referentialId;
    }

    public void setReferentialId(Long referentialId) {
        this.referentialId = referentialId;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public boolean isDirectorSignOff() {
        return directorSignOff;
    }

    public void setDirectorSignOff(boolean directorSignOff) {
        this.directorSignOff = directorSignOff;
    }
}
