package fr.pilotis.indicator;

/**
 * How the figures of the structures of a scope make the scope's value. Each structure gives a
 * numerator and a denominator ({@link StructureFigure}), so that every aggregate is exact.
 */
public enum Aggregation {
    /** Σ numerators ÷ Σ denominators, in percent (e.g. % of structures that did the diagnostic). */
    RATIO_OF_SUMS,
    /** The mean of the structures' own rates (slide 7's « taux moyen »), over those with a denominator. */
    MEAN_OF_RATES,
    /** The share of the counted structures that satisfy a condition: each gives 1 or 0 over 1. */
    SHARE_SATISFYING,
    /** Σ numerators: a count (structures engaged, complaints…). */
    SUM,
    /**
     * The median of the structures' own values (numerator ÷ denominator, in the indicator's unit):
     * ANAP's restitution, for indicators whose rates cannot be summed across structures.
     */
    MEDIAN,
    /** Not a per-structure figure: the provider gives the scope's value itself (meetings held by a UT…). */
    SCOPE_VALUE
}
