package fr.pilotis.diagnostic;

/** The little that access checks and lists need: whose diagnostic, which campaign, which status. */
public record DiagnosticSummary(long id, long structureId, long campaignId, int year, DiagnosticStatus status) {}
