package fr.pilotis.planning;

/** One structure's line of the attendance form. */
public record AttendanceInput(AttendanceStatus status, String attendees) {}
