package fr.pilotis.support;

import java.util.Map;

/**
 * How the route tests ({@code AccessMatrixTests}, {@code CsrfTests}) fill each path variable.
 *
 * <p>EVERY PATH VARIABLE NAME USED BY A CONTROLLER MUST BE REGISTERED HERE: the access matrix
 * fails on a route whose variable it cannot fill, so that no new route escapes it. When a feature
 * adds, say, {@code /campaigns/{campaignId}}, add a line {@code "campaignId", t -> t.row("select
 * id, name from campaign where network_id = ? order by id limit 1", t.networkId())}. When the row
 * hangs off a structure, a group or a UT, find it from {@code t.structure()}, {@code t.group()} or
 * {@code t.union()} (e.g. {@code "... where structure_id = ?", t.structure().id()}): those are
 * chosen outside the caller's scope, so the row is too. The first column is the id, the others are
 * the texts that must not appear in a refused page (names, numbers, emails).
 */
public final class RouteIds {

    public static final Map<String, IdSource> SOURCES = Map.of(
            "unionId", Targets::union,
            "groupId", Targets::group,
            "structureId", Targets::structure,
            "personId", Targets::person,
            "grantId", Targets::grant);

    private RouteIds() {}
}
