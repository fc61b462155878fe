package fr.pilotis.access;

/**
 * One role a person holds in the programme, with their contact details and the UT, group or
 * structure the role is for (one of the three, by id), as the programme's directory lists it.
 */
public record ProgrammeContact(
        long userId,
        String firstName,
        String lastName,
        String jobTitle,
        String email,
        String phone,
        Role role,
        Long territorialUnionId,
        Long workingGroupId,
        Long structureId) {

    public String displayName() {
        return firstName + " " + lastName;
    }
}
