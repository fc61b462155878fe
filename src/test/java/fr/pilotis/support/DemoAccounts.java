package fr.pilotis.support;

/** The demo accounts the tests sign in with (all with the password {@code demo}). */
public final class DemoAccounts {

    public static final String PASSWORD = "demo";
    public static final String ADMIN = "admin@reseau-demo.fr";
    public static final String PILOT = "pilote@reseau-demo.fr";
    public static final String EXPERT = "expert@reseau-demo.fr";
    public static final String REFERENT = "referent@reseau-demo.fr";
    public static final String DIRECTOR = "directeur@reseau-demo.fr";
    public static final String FUNDER = "ars@reseau-demo.fr";
    public static final String DEPARTEMENT_FUNDER = "cd13@reseau-demo.fr";
    public static final String OTHER_ADMIN = "admin@autre-reseau.fr";
    public static final String OTHER_PILOT = "pilote@autre-reseau.fr";
    public static final String OTHER_REFERENT = "referent@autre-reseau.fr";

    private DemoAccounts() {}
}
