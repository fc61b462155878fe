package fr.pilotis.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What the meeting form sends: the themes studied, and criteria to narrow them. */
public record MeetingInput(
        LocalDate heldOn,
        LocalTime startsAt,
        Integer durationMinutes,
        String place,
        String agenda,
        String preparation,
        BigDecimal expertDays,
        List<Long> themeIds,
        List<Long> criterionIds) {

    public MeetingInput {
        themeIds = themeIds == null ? List.of() : List.copyOf(themeIds);
        criterionIds = criterionIds == null ? List.of() : List.copyOf(criterionIds);
    }
}
