package fr.pilotis.access;

import java.util.Set;

/** A role to give someone, with the scope its role needs (the other scopes are ignored). */
public record GrantRequest(
        Role role, Long territorialUnionId, Long workingGroupId, Long structureId, Set<String> departements) {}
