package fr.pilotis.organisation;

/** What a network admin enters for a structure; checked by {@link OrganisationAdministration}. */
public record StructureDetails(
        String finess,
        String name,
        StructureType type,
        String departement,
        Long territorialUnionId,
        Long workingGroupId,
        ProgrammePhase phase,
        String address,
        String phone) {}
