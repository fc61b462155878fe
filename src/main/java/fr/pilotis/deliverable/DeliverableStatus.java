package fr.pilotis.deliverable;

/** attendu → déposé → à corriger → validé. */
public enum DeliverableStatus {
    EXPECTED,
    SUBMITTED,
    CHANGES_REQUESTED,
    VALIDATED;

    /** Waiting for the expert: a version filed and not yet reviewed. */
    public boolean awaitsReview() {
        return this == SUBMITTED;
    }
}
