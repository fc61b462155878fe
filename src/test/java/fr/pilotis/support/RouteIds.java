package fr.pilotis.support;

import java.util.Map;
import java.util.Set;

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
            // a deliverable of the target structure (the demo asks every structure for the key ones)
            Map.entry(
                    "deliverableId",
                    t -> t.row(
                            "select d.id from deliverable d where d.structure_id = ? order by d.id limit 1",
                            t.structure().id())),
            // a filed version of one of the target structure's deliverables (every structure files
            // its livret d'accueil in the demo)
            Map.entry(
                    "deliverableVersionId",
                    t -> t.row(
                            "select v.id from deliverable_version v join deliverable d on d.id = v.deliverable_id"
                                    + " where d.structure_id = ? order by v.id limit 1",
                            t.structure().id())),
            // planning: a collective meeting of the target group (the demo's first one, which has its
            // signed scan), a step of the group's planning, a decision of its minutes
            Map.entry(
                    "meetingId",
                    t -> t.row(
                            "select id from meeting where working_group_id = ? and signed_sheet_file_id is not null"
                                    + " order by id limit 1",
                            t.group().id())),
            Map.entry(
                    "planningStepId",
                    t -> t.row(
                            "select id from planning_step where working_group_id = ? order by id limit 1",
                            t.group().id())),
            Map.entry(
                    "meetingDecisionId",
                    t -> t.row(
                            "select d.id, d.text from meeting_decision d join meeting m on m.id = d.meeting_id"
                                    + " where m.working_group_id = ? order by d.id limit 1",
                            t.group().id())),
            // an action of the target structure's plan (the demo gives every structure a plan)
            Map.entry(
                    "actionId",
                    t -> t.row(
                            "select id, title from action_item where structure_id = ? order by id limit 1",
                            t.structure().id())),
            // the evidence file of the target structure's first action
            Map.entry(
                    "actionEvidenceId",
                    t -> t.row(
                            "select e.id from action_evidence e join action_item a on a.id = e.action_id"
                                    + " where a.structure_id = ? order by e.id limit 1",
                            t.structure().id())),
            // a model document of the toolbox (the demo attaches some to the key criteria)
            Map.entry(
                    "toolboxDocumentId",
                    t -> t.row(
                            "select id, title from toolbox_document where network_id = ? order by id limit 1",
                            t.networkId())),
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
                            t.structure().id())),
            // semester reports: the target structure's latest (the demo gives every structure one),
            // with its texts that must not leak
            Map.entry(
                    "semesterReportId",
                    t -> t.row(
                            "select id, organisational_measures from semester_report"
                                    + " where structure_id = ? order by year desc, half desc limit 1",
                            t.structure().id())));

    /**
     * Variables that name a resource of the whole network, which every member of the programme
     * reads (not funders): the matrix checks them with ids of the other network for every role, and
     * "outside the scope" only for funders, for whom the whole network is outside.
     */
    public static final Set<String> NETWORK_WIDE = Set.of("toolboxDocumentId");

    private RouteIds() {}
}
