package fr.pilotis.impact;

/**
 * The programme's impact rates (slides 22–23), in one place for pages, reports and extracts. A rate
 * whose denominator is missing or zero is unknown (null), never 0 %.
 */
public final class ImpactRates {

    private ImpactRates() {}

    /** % satisfied = (très satisfait + satisfait) ÷ questionnaires returned × 100. */
    public static Double satisfied(Integer verySatisfied, Integer satisfied, Integer returned) {
        if (returned == null || returned == 0 || (verySatisfied == null && satisfied == null)) {
            return null;
        }
        return 100.0 * (nz(verySatisfied) + nz(satisfied)) / returned;
    }

    /** % unhappy = distinct clients with at least one complaint in the year ÷ clients served × 100. */
    public static Double unhappy(int complainingClients, Integer clientsServed) {
        if (clientsServed == null || clientsServed == 0) {
            return null;
        }
        return 100.0 * complainingClients / clientsServed;
    }

    private static int nz(Integer value) {
        return value == null ? 0 : value;
    }
}
