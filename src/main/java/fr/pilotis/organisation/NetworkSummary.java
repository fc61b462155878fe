package fr.pilotis.organisation;

public record NetworkSummary(long id, String slug, String name) {}
