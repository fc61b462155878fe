package fr.pilotis.diagnostic;

import fr.pilotis.referential.ThemeView;

/** A theme in the page's navigation, with its progress. */
public record ThemeTab(ThemeView theme, long answered, long reviewed, int total, boolean current) {}
