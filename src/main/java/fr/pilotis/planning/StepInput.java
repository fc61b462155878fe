package fr.pilotis.planning;

import java.time.LocalDate;

/** What a planning-step form sends. */
public record StepInput(
        StepKind kind,
        String title,
        String themeCode,
        LocalDate startsOn,
        LocalDate endsOn,
        Long ownerId,
        StepStatus status) {}
