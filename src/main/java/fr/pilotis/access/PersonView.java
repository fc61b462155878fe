package fr.pilotis.access;

import java.util.List;

/** A person as the administration pages show them, with their grants. */
public record PersonView(
        long id,
        String email,
        String firstName,
        String lastName,
        String jobTitle,
        String phone,
        boolean activated,
        boolean enabled,
        List<Grant> grants) {

    public String displayName() {
        return firstName + " " + lastName;
    }
}
