package fr.pilotis.access;

/** What an admin enters for a person; checked by {@link PeopleAdministration}. */
public record PersonDetails(String email, String firstName, String lastName, String jobTitle, String phone) {}
