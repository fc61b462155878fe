package fr.pilotis.diagnostic;

/** The expert's review of one criterion: agree with the structure's rating, or set another. */
public record ReviewInput(boolean agrees, Rating rating, String comment, Integer version) {}
