package fr.pilotis.administration;

import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.organisation.TerritorialUnionSummary;
import fr.pilotis.organisation.WorkingGroupSummary;
import java.util.Arrays;
import java.util.List;

/**
 * One option of a select: its submitted value and either a plain label (a name typed by someone)
 * or a message key (an enum's translated label).
 */
record Choice(String value, String label, String labelKey) {

    static List<Choice> ofEnum(Class<? extends Enum<?>> type, String keyPrefix) {
        return Arrays.stream(type.getEnumConstants())
                .map(constant -> new Choice(constant.name(), null, keyPrefix + constant.name()))
                .toList();
    }

    static List<Choice> ofUnions(List<TerritorialUnionSummary> unions) {
        return unions.stream()
                .map(u -> new Choice(String.valueOf(u.id()), u.name(), null))
                .toList();
    }

    static List<Choice> ofGroups(List<WorkingGroupSummary> groups) {
        return groups.stream()
                .map(g -> new Choice(String.valueOf(g.id()), g.name(), null))
                .toList();
    }

    static List<Choice> ofStructures(List<StructureSummary> structures) {
        return structures.stream()
                .map(s -> new Choice(String.valueOf(s.id()), s.name() + " (" + s.territorialUnionName() + ")", null))
                .toList();
    }
}
