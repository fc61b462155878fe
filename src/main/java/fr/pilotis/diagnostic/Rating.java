package fr.pilotis.diagnostic;

/** The programme's scale for one criterion. */
public enum Rating {
    CONFORME,
    PARTIEL,
    NON_CONFORME,
    NON_APPLICABLE;

    public boolean isApplicable() {
        return this != NON_APPLICABLE;
    }
}
