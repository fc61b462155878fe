package fr.pilotis.indicator;

/** An indicator's value over a scope for a year (none when nothing counts), and how many structures gave a figure. */
public record IndicatorValue(IndicatorDefinition definition, Double value, long structures) {}
