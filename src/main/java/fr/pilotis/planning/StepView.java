package fr.pilotis.planning;

import java.time.LocalDate;

public record StepView(
        long id,
        Long unionId,
        Long groupId,
        StepKind kind,
        String title,
        String themeCode,
        LocalDate startsOn,
        LocalDate endsOn,
        Long ownerId,
        String ownerName,
        StepStatus status) {}
