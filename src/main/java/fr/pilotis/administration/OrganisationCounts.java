package fr.pilotis.administration;

import fr.pilotis.organisation.ProgrammePhase;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.organisation.StructureType;
import java.util.Arrays;
import java.util.List;

/** The admin home's figures: how many UT, groups and people, and structures by type and phase. */
record OrganisationCounts(
        long unions,
        long groups,
        long people,
        long activatedPeople,
        List<TypeRow> structuresByType,
        List<Long> structuresByPhase,
        long structures) {

    /** One structure type, with its count in each phase (in {@link ProgrammePhase}'s order). */
    record TypeRow(StructureType type, List<Long> byPhase, long total) {}

    static List<ProgrammePhase> phases() {
        return List.of(ProgrammePhase.values());
    }

    static OrganisationCounts of(
            long unions, long groups, long people, long activatedPeople, List<StructureSummary> structures) {
        List<TypeRow> rows = Arrays.stream(StructureType.values())
                .map(type -> new TypeRow(
                        type,
                        phases().stream()
                                .map(phase -> count(structures, type, phase))
                                .toList(),
                        count(structures, type, null)))
                .toList();
        List<Long> byPhase =
                phases().stream().map(phase -> count(structures, null, phase)).toList();
        return new OrganisationCounts(unions, groups, people, activatedPeople, rows, byPhase, structures.size());
    }

    private static long count(List<StructureSummary> structures, StructureType type, ProgrammePhase phase) {
        return structures.stream()
                .filter(s -> type == null || s.type() == type)
                .filter(s -> phase == null || s.phase() == phase)
                .count();
    }
}
