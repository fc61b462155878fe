package fr.pilotis.deliverable;

/** Whom a requirement is for: one UT, one group, one structure, or (all null) the whole network. */
public record RequirementScope(Long unionId, Long groupId, Long structureId) {

    public static RequirementScope wholeNetwork() {
        return new RequirementScope(null, null, null);
    }

    public static RequirementScope union(long id) {
        return new RequirementScope(id, null, null);
    }

    public static RequirementScope group(long id) {
        return new RequirementScope(null, id, null);
    }

    public static RequirementScope structure(long id) {
        return new RequirementScope(null, null, id);
    }
}
