package fr.pilotis.diagnostic;

/** What the person does with a criterion on the diagnostic page. */
public enum CriterionMode {
    /** The referent answers it. */
    ANSWER,
    /** The expert reviews the structure's answer. */
    REVIEW,
    /** Anyone else who may read the diagnostic. */
    READ
}
