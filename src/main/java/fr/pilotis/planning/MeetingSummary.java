package fr.pilotis.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

public record MeetingSummary(
        long id,
        long groupId,
        String groupName,
        LocalDate heldOn,
        LocalTime startsAt,
        int durationMinutes,
        String place,
        String agenda,
        String preparation,
        BigDecimal expertDays,
        boolean attendanceRecorded,
        boolean hasSignedSheet,
        MinutesStatus minutesStatus,
        Instant minutesPublishedAt) {

    public boolean minutesPublished() {
        return minutesStatus == MinutesStatus.PUBLISHED;
    }

    /** Duration as hours and minutes, e.g. 2 h 30. */
    public String durationText() {
        int hours = durationMinutes / 60;
        int minutes = durationMinutes % 60;
        return hours + " h" + (minutes == 0 ? "" : String.format(" %02d", minutes));
    }
}
