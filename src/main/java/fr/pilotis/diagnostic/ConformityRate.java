package fr.pilotis.diagnostic;

/**
 * Conformity of a set of criteria: criteria rated Conforme ÷ criteria not rated Non applicable ×
 * 100. Partially conforming criteria count as not met and are shown apart; unanswered ones are
 * counted but left out of the rate.
 */
public record ConformityRate(int met, int partial, int notMet, int notApplicable, int unanswered) {

    public static final ConformityRate NONE = new ConformityRate(0, 0, 0, 0, 0);

    public int applicable() {
        return met + partial + notMet;
    }

    public int answered() {
        return applicable() + notApplicable;
    }

    /** The rate in percent, or null when no criterion of the set is applicable (no rate, not 0 %). */
    public Double percent() {
        return applicable() == 0 ? null : met * 100.0 / applicable();
    }

    /** Every applicable criterion is Conforme, and none is left unanswered. */
    public boolean allMet() {
        return unanswered == 0 && partial == 0 && notMet == 0;
    }

    ConformityRate with(Rating rating) {
        if (rating == null) {
            return new ConformityRate(met, partial, notMet, notApplicable, unanswered + 1);
        }
        return switch (rating) {
            case CONFORME -> new ConformityRate(met + 1, partial, notMet, notApplicable, unanswered);
            case PARTIEL -> new ConformityRate(met, partial + 1, notMet, notApplicable, unanswered);
            case NON_CONFORME -> new ConformityRate(met, partial, notMet + 1, notApplicable, unanswered);
            case NON_APPLICABLE -> new ConformityRate(met, partial, notMet, notApplicable + 1, unanswered);
        };
    }

    /** Declared minus validated, in percentage points: how much a structure overestimated itself. */
    public static Double gap(ConformityRate declared, ConformityRate validated) {
        Double d = declared.percent();
        Double v = validated.percent();
        return d == null || v == null ? null : d - v;
    }
}
