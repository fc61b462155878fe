package fr.pilotis.planning;

/** A row of a participation table: a structure, a group or a UT and its counts. */
public record ParticipationLine(long id, String name, ParticipationCounts counts) {}
