package fr.pilotis.actionplan;

/**
 * Someone (or a structure) who may carry an action of a plan.
 *
 * @param key {@code P<id>} or {@code S<id>}, as forms send it
 * @param reference the person's email or the structure's FINESS, as the workbook names it
 */
public record OwnerChoice(String key, String label, String reference, Long personId, Long structureId) {

    static OwnerChoice person(long id, String name, String email) {
        return new OwnerChoice("P" + id, name, email, id, null);
    }

    static OwnerChoice structure(long id, String name, String finess) {
        return new OwnerChoice("S" + id, name, finess, null, id);
    }
}
