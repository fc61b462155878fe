package fr.pilotis.administration;

import fr.pilotis.access.Role;

/** A grant as the person's page lists it: the role and the name of what it covers. */
record GrantLine(long id, Role role, String scope) {}
