package fr.pilotis.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The meeting form. */
class MeetingForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME, fallbackPatterns = "HH:mm")
    private LocalTime startsAt;

    private Integer durationMinutes;

    private String place;

    private String agenda;

    private String preparation;

    private BigDecimal expertDays;

    private List<Long> themeIds = new ArrayList<>();

    private List<Long> criterionIds = new ArrayList<>();

    MeetingInput input() {
        return new MeetingInput(
                heldOn, startsAt, durationMinutes, place, agenda, preparation, expertDays, themeIds, criterionIds);
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
        this.startsAt = startsAt;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public String getPreparation() {
        return preparation;
    }

    public void setPreparation(String preparation) {
        this.preparation = preparation;
    }

    public BigDecimal getExpertDays() {
        return expertDays;
    }

    public void setExpertDays(BigDecimal expertDays) {
        this.expertDays = expertDays;
    }

    public List<Long> getThemeIds() {
        return themeIds;
    }

    public void setThemeIds(List<Long> themeIds) {
        this.themeIds = themeIds;
    }

    public List<Long> getCriterionIds() {
        return criterionIds;
    }

    public void setCriterionIds(List<Long> criterionIds) {
        this.criterionIds = criterionIds;
    }
}
