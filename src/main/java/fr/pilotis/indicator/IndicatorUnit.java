package fr.pilotis.indicator;

/** How a value reads: a percentage (0–100) or a count. */
public enum IndicatorUnit {
    PERCENT,
    COUNT
}
