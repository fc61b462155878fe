package fr.pilotis.administration;

import fr.pilotis.access.Grant;
import fr.pilotis.access.PersonView;
import fr.pilotis.access.Role;
import java.util.List;

/** A row of the people list: who, how to reach them, their roles and whether they can sign in. */
record PersonLine(
        long id,
        String displayName,
        String email,
        String jobTitle,
        List<Role> roles,
        boolean activated,
        boolean enabled) {

    static PersonLine of(PersonView person) {
        return new PersonLine(
                person.id(),
                person.lastName() + " " + person.firstName(),
                person.email(),
                person.jobTitle(),
                person.grants().stream().map(Grant::role).distinct().sorted().toList(),
                person.activated(),
                person.enabled());
    }
}
