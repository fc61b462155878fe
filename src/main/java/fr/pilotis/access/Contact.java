package fr.pilotis.access;

/** Someone's contact details as shown beside the UT, group or structure they work for. */
public record Contact(long userId, String displayName, String jobTitle, String email, String phone, Role role) {}
