package fr.pilotis.planning;

public enum MinutesStatus {
    NONE,
    DRAFT,
    PUBLISHED
}
