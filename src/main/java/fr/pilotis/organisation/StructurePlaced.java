package fr.pilotis.organisation;

/**
 * A structure took a place in the organisation: it was created, or moved into another UT or
 * working group. Published inside the change's transaction, so that what other features do about
 * it (the deliverables its new UT and group ask for) commits or rolls back with the change.
 */
public record StructurePlaced(long structureId) {}
