package fr.pilotis.diagnostic;

import java.time.LocalDate;

/** What the network admin enters to open a campaign. */
public record OpenCampaign(
        Integer year, Long referentialId, LocalDate opensOn, LocalDate closesOn, boolean directorSignOff) {}
