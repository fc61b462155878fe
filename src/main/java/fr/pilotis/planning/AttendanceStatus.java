package fr.pilotis.planning;

/** A structure's line of the attendance sheet; excused counts as absent in the rate but is shown apart. */
public enum AttendanceStatus {
    PRESENT,
    EXCUSED,
    ABSENT
}
