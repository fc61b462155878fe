package fr.pilotis.planning;

import java.math.BigDecimal;
import java.time.LocalDate;

public record VisitView(
        long id,
        long groupId,
        long structureId,
        String structureName,
        LocalDate visitedOn,
        BigDecimal days,
        String purpose) {}
