package fr.pilotis.diagnostic;

/** Whose ratings a rate counts: the structure's own (declared) or its expert's (validated). */
public enum RateBasis {
    DECLARED,
    VALIDATED
}
