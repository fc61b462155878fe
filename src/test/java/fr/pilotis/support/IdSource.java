package fr.pilotis.support;

/** Finds, among the rows chosen for one case of the route tests, the one a path variable names. */
@FunctionalInterface
public interface IdSource {

    Target find(Targets targets);
}
