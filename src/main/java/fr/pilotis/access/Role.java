package fr.pilotis.access;

/** The programme's roles (access.md), in the order in which a person's home page is chosen. */
public enum Role {
    NETWORK_ADMIN,
    PILOT,
    EXPERT,
    REFERENT,
    DIRECTOR,
    FUNDER;

    public String authority() {
        return "ROLE_" + name();
    }
}
