package fr.pilotis.planning;

import java.time.LocalDate;

/** A structure's line on one meeting's sheet, for its own page. */
public record StructureAttendance(long meetingId, LocalDate heldOn, AttendanceStatus status, String attendees) {}
