package fr.pilotis.diagnostic;

import java.time.LocalDate;

public record CampaignView(
        long id, int year, long referentialId, LocalDate opensOn, LocalDate closesOn, boolean directorSignOff) {

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
