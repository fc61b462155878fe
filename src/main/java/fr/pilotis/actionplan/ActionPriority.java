package fr.pilotis.actionplan;

/** Haute, moyenne, basse. */
public enum ActionPriority {
    HIGH,
    MEDIUM,
    LOW
}
