package fr.pilotis.planning;

/** A structure's line of the attendance sheet; status null while the sheet is not filled in. */
public record AttendanceLine(
        long structureId, String structureName, String finess, AttendanceStatus status, String attendees) {}
