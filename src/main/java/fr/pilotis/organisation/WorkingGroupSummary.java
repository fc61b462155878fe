package fr.pilotis.organisation;

public record WorkingGroupSummary(long id, String name, long structureCount) {}
