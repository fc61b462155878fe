package fr.pilotis.performance;

/** A raw input of the dashboard: its code, axis, label and unit; most inputs cannot be negative. */
public record AnapInputDefinition(String code, int axis, String label, String unit, boolean negativeAllowed) {}
