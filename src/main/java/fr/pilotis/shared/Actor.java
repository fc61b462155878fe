package fr.pilotis.shared;

/** Who does a change, as histories show it. */
public record Actor(long userId, String name) {}
