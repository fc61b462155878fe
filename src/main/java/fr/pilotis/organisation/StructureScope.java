package fr.pilotis.organisation;

import java.util.Set;

/**
 * Which structures of the network someone may read: all of them, or those of some UT, groups,
 * structures or départements (the union of a person's grants). Queries and single checks use the
 * same rule.
 */
public record StructureScope(
        boolean everything, Set<Long> unionIds, Set<Long> groupIds, Set<Long> structureIds, Set<String> departements) {

    public StructureScope {
        unionIds = Set.copyOf(unionIds);
        groupIds = Set.copyOf(groupIds);
        structureIds = Set.copyOf(structureIds);
        departements = Set.copyOf(departements);
    }

    public static StructureScope wholeNetwork() {
        return new StructureScope(true, Set.of(), Set.of(), Set.of(), Set.of());
    }

    public boolean isEmpty() {
        return !everything
                && unionIds.isEmpty()
                && groupIds.isEmpty()
                && structureIds.isEmpty()
                && departements.isEmpty();
    }

    public boolean includes(StructureSummary structure) {
        return everything
                || unionIds.contains(structure.territorialUnionId())
                || (structure.workingGroupId() != null && groupIds.contains(structure.workingGroupId()))
                || structureIds.contains(structure.id())
                || departements.contains(structure.departement());
    }
}
