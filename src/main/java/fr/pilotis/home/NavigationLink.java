package fr.pilotis.home;

/** An entry of the main navigation: a message key, its optional argument, and where it leads. */
public record NavigationLink(String href, String labelKey, String argument, boolean current) {}
