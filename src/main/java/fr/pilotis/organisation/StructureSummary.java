package fr.pilotis.organisation;

/** A structure as pages and other features read it, with its UT's and group's names. */
public record StructureSummary(
        long id,
        String finess,
        String name,
        StructureType type,
        String departement,
        long territorialUnionId,
        String territorialUnionName,
        Long workingGroupId,
        String workingGroupName,
        ProgrammePhase phase,
        String address,
        String phone) {}
