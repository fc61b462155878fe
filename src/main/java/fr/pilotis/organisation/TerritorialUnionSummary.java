package fr.pilotis.organisation;

public record TerritorialUnionSummary(long id, String name, long structureCount) {}
