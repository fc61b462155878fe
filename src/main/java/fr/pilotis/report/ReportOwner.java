package fr.pilotis.report;

/** Whose report an id is, for the controller to ask the access policy before anything else. */
public record ReportOwner(ReportKind kind, long ownerId) {}
