package fr.pilotis.indicator;

/**
 * How a value reads: a percentage (0–100), a count, a number of days, or a number with decimals
 * (a ratio such as FTE per place, a level, a number of FTE). The fraction digits are the
 * dashboards' and the extract's.
 */
public enum IndicatorUnit {
    PERCENT(1),
    COUNT(0),
    DAYS(1),
    DECIMAL(2);

    private final int fractionDigits;

    IndicatorUnit(int fractionDigits) {
        this.fractionDigits = fractionDigits;
    }

    public int fractionDigits() {
        return fractionDigits;
    }
}
