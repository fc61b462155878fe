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

    public static final Map<String, IdSource> SOURCES = Map.ofEntries(
            Map.entry("unionId", Targets::union),
            Map.entry("groupId", Targets::group),
            Map.entry("structureId", Targets::structure),
            Map.entry("personId", Targets::person),
            Map.entry("grantId", Targets::grant),
            // référentiel versions are the network admin's: any of the network's is out of others' scope
            Map.entry(
                    "referentialId",
                    t -> t.row(
                            "select id from referential where network_id = ? order by version limit 1", t.networkId())),
            // the target structure's latest diagnostic, and a criterion of its référentiel
            Map.entry(
                    "diagnosticId",
                    t -> t.row(
                            "select d.id from diagnostic d join campaign c on c.id = d.campaign_id"
                                    + " where d.structure_id = ? order by c.year desc limit 1",
                            t.structure().id())),
            Map.entry(
                    "criterionId",
                    t -> t.row(
                            "select cr.id, cr.title from diagnostic d join campaign c on c.id = d.campaign_id"
                                    + " join criterion cr on cr.referential_id = c.referential_id"
                                    + " where d.structure_id = ? order by c.year desc, cr.position limit 1",
                            t.structure().id())),
            // an evidence file of the target structure (the demo files one in every open diagnostic)
            Map.entry(
                    "evidenceId",
                    t -> t.row(
                            "select e.id, f.file_name from evidence e join answer a on a.id = e.answer_id"
                                    + " join diagnostic d on d.id = a.diagnostic_id join stored_file f on f.id = e.file_id"
                                    + " where d.structure_id = ? order by e.id limit 1",
                            t.structure().id())),
            // impact: a complaint of the target structure's register, and one of its returned questionnaires
            Map.entry(
                    "complaintId",
                    t -> t.row(
                            "select id, client_reference, description from complaint where structure_id = ?"
                                    + " order by id limit 1",
                            t.structure().id())),
            Map.entry(
                    "surveyAnswerId",
                    t -> t.row(
                            "select id from satisfaction_questionnaire where structure_id = ? order by id limit 1",
                            t.structure().id())));

    private RouteIds() {}
}
