package fr.pilotis.access;

import java.io.Serializable;
import java.util.Set;

/**
 * One role held over one scope: the network (admin), a UT (pilot), a working group (expert), a
 * structure (referent, director) or a list of départements (funder).
 */
public record Grant(
        long id, Role role, Long territorialUnionId, Long workingGroupId, Long structureId, Set<String> departements)
        implements Serializable {

    public Grant {
        departements = departements == null ? Set.of() : Set.copyOf(departements);
    }
}
