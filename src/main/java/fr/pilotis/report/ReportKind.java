package fr.pilotis.report;

/** Whose report it is: a UT's (written by its pilot) or a structure's (by its referent). */
public enum ReportKind {
    UNION,
    STRUCTURE
}
