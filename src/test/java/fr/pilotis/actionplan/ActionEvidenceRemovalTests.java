package fr.pilotis.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.pilotis.actionplan.ActionPlanWorld.World;
import fr.pilotis.shared.Actor;
import fr.pilotis.shared.files.SampleFiles;
import fr.pilotis.support.DatabaseFingerprint;
import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.Route;
import fr.pilotis.support.RouteIds;
import fr.pilotis.support.Routes;
import fr.pilotis.support.SignIn;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Removing an action's evidence file attached by mistake: those who write the action's plan may
 * (as they may add one), whatever the action's status; the link and its stored file go together,
 * audited; everyone else gets 404 and nothing changes.
 */
@PilotisTest
class ActionEvidenceRemovalTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    ActionPlans plans;

    @Autowired
    ActionEvidenceFiles evidence;

    @Autowired
    JdbcTemplate jdbc;

    World world;
    long actionA;
    long collective;
    final Map<String, Cookie> sessions = new HashMap<>();

    @BeforeEach
    void world() {
        world = new ActionPlanWorld(context).create();
        Actor expert = new Actor(world.expert1Id(), "Expert1 Test");
        actionA = world.in(() -> plans.createForStructure(
                world.structureA(),
                ActionDraft.of("Rédiger le règlement de fonctionnement", null, Set.of(), LocalDate.of(2030, 6, 30)),
                expert));
        collective = world.in(() -> plans.createCollective(
                world.group1(),
                ActionDraft.of("Trame commune de livret d'accueil", null, Set.of(), LocalDate.of(2030, 12, 31)),
                expert));
    }

    Cookie as(String email) {
        return sessions.computeIfAbsent(email, e -> SignIn.as(mvc, e));
    }

    ActionEvidenceView attach(String email, long actionId, String name) throws Exception {
        mvc.perform(multipart("/actions/" + actionId + "/evidence")
                        .file(new MockMultipartFile("file", name, "application/pdf", SampleFiles.pdf()))
                        .cookie(as(email))
                        .with(csrf()))
                .andReturn();
        return world.in(() -> evidence.ofAction(actionId)).stream()
                .filter(e -> e.fileName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    MvcResult remove(String email, ActionEvidenceView file) throws Exception {
        return mvc.perform(post("/action-evidence/" + file.id() + "/delete")
                        .cookie(as(email))
                        .with(csrf()))
                .andReturn();
    }

    int download(String email, ActionEvidenceView file) throws Exception {
        return mvc.perform(get("/action-evidence/" + file.id()).cookie(as(email)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    String page(String email, long actionId) throws Exception {
        MvcResult result =
                mvc.perform(get("/actions/" + actionId).cookie(as(email))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    long rows(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

    /** The link, its stored file and the file's chunks are all gone. */
    void gone(ActionEvidenceView file) {
        assertThat(rows("select count(*) from action_evidence where id = ?", file.id()))
                .isZero();
        assertThat(rows("select count(*) from stored_file where id = ?", file.fileId()))
                .isZero();
        assertThat(rows("select count(*) from stored_file_chunk where file_id = ?", file.fileId()))
                .isZero();
    }

    @Test
    void theReferentRemovesAFileAttachedByMistakeAndTheRemovalIsAudited() throws Exception {
        ActionEvidenceView wrong = attach(world.referentA(), actionA, "Mauvais fichier.pdf");
        ActionEvidenceView right = attach(world.referentA(), actionA, "Règlement.pdf");
        assertThat(page(world.referentA(), actionA))
                .contains("action=\"/action-evidence/" + wrong.id() + "/delete\"")
                .contains("aria-label=\"Supprimer le justificatif Mauvais fichier.pdf\"")
                .contains("name=\"_csrf\"");

        MvcResult removed = remove(world.referentA(), wrong);
        assertThat(removed.getResponse().getRedirectedUrl()).isEqualTo("/actions/" + actionA + "#evidence");
        assertThat(removed.getFlashMap().get("evidenceRemoved")).isEqualTo("Mauvais fichier.pdf");
        assertThat(mvc.perform(get("/actions/" + actionA)
                                .cookie(as(world.referentA()))
                                .flashAttrs(removed.getFlashMap()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Justificatif « Mauvais fichier.pdf » supprimé.");

        assertThat(download(world.referentA(), wrong)).isEqualTo(404);
        gone(wrong);
        assertThat(world.in(() -> evidence.ofAction(actionA)))
                .extracting(ActionEvidenceView::fileName)
                .containsExactly("Règlement.pdf");
        assertThat(download(world.referentA(), right)).isEqualTo(200);

        // the entity listener traced both deletions, in the network, with who did it
        for (Object[] deleted :
                List.of(new Object[] {"ActionEvidence", wrong.id()}, new Object[] {"StoredFile", wrong.fileId()})) {
            Map<String, Object> trace = jdbc.queryForMap(
                    "select network_id, actor_email from audit_event"
                            + " where action = 'DELETE' and entity_type = ? and entity_id = ?",
                    deleted);
            assertThat(trace.get("network_id")).isEqualTo(world.network());
            assertThat(trace.get("actor_email")).isEqualTo(world.referentA());
        }
    }

    @Test
    void whoeverWritesThePlanRemovesItsEvidenceWhateverTheActionsStatus() throws Exception {
        // a structure's plan: its referent, the expert of its group, the network admin
        world.run(() -> plans.changeStatus(actionA, ActionStatus.DONE));
        for (String writer : List.of(world.referentA(), world.expert1(), world.admin())) {
            ActionEvidenceView file = attach(writer, actionA, "Preuve de " + writer + ".pdf");
            assertThat(remove(writer, file).getResponse().getRedirectedUrl())
                    .as(writer)
                    .isEqualTo("/actions/" + actionA + "#evidence");
            gone(file);
        }
        // a collective plan: the group's expert and the network admin
        world.run(() -> plans.changeStatus(collective, ActionStatus.ABANDONED));
        for (String writer : List.of(world.expert1(), world.admin())) {
            ActionEvidenceView file = attach(writer, collective, "Trame de " + writer + ".pdf");
            assertThat(remove(writer, file).getResponse().getRedirectedUrl())
                    .as(writer)
                    .isEqualTo("/actions/" + collective + "#evidence");
            gone(file);
        }
        assertThat(world.in(() -> evidence.ofAction(actionA))).isEmpty();
        assertThat(world.in(() -> evidence.ofAction(collective))).isEmpty();
    }

    @Test
    void everyoneElseGets404AndNothingChanges() throws Exception {
        ActionEvidenceView ofStructure = attach(world.referentA(), actionA, "Règlement.pdf");
        ActionEvidenceView ofGroup = attach(world.expert1(), collective, "Trame.pdf");
        // readers of the plans who do not write them, people of another structure or group, a
        // funder, and the main demo network's admin and expert (another network)
        Map<ActionEvidenceView, List<String>> refused = Map.of(
                ofStructure,
                List.of(
                        world.directorA(),
                        world.pilot(),
                        world.referentC(),
                        world.funder(),
                        DemoAccounts.ADMIN,
                        DemoAccounts.EXPERT),
                ofGroup,
                List.of(
                        world.referentA(),
                        world.directorA(),
                        world.pilot(),
                        world.referentC(),
                        world.funder(),
                        DemoAccounts.ADMIN,
                        DemoAccounts.EXPERT));
        refused.values().forEach(emails -> emails.forEach(this::as));
        assertThat(page(world.directorA(), actionA))
                .contains("Règlement.pdf")
                .doesNotContain("/action-evidence/" + ofStructure.id() + "/delete");
        assertThat(page(world.referentA(), collective))
                .contains("Trame.pdf")
                .doesNotContain("/action-evidence/" + ofGroup.id() + "/delete");
        Map<String, String> before = DatabaseFingerprint.of(jdbc);

        for (Map.Entry<ActionEvidenceView, List<String>> entry : refused.entrySet()) {
            for (String email : entry.getValue()) {
                MvcResult result = remove(email, entry.getKey());
                assertThat(result.getResponse().getStatus())
                        .as(email + " removing " + entry.getKey().fileName())
                        .isEqualTo(404);
                assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .doesNotContain(entry.getKey().fileName());
            }
        }

        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
        assertThat(download(world.referentA(), ofStructure)).isEqualTo(200);
        assertThat(download(world.referentA(), ofGroup)).isEqualTo(200);
    }

    @Test
    void aGetDoesNotRemoveAndAPostWithoutTokenIsRefused() throws Exception {
        ActionEvidenceView file = attach(world.referentA(), actionA, "Règlement.pdf");
        Map<String, String> before = DatabaseFingerprint.of(jdbc);

        assertThat(mvc.perform(get("/action-evidence/" + file.id() + "/delete").cookie(as(world.referentA())))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(405);
        assertThat(mvc.perform(post("/action-evidence/" + file.id() + "/delete").cookie(as(world.referentA())))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
        assertThat(download(world.referentA(), file)).isEqualTo(200);
    }

    @Test
    void aFileSharedWithAnotherActionsEvidenceStaysUntilItsLastLinkGoes() throws Exception {
        // the demo gives every structure's first action the same stored file
        ActionEvidenceView first = attach(world.referentA(), actionA, "Compte rendu.pdf");
        long otherAction = world.in(() -> plans.createForStructure(
                world.structureA(),
                ActionDraft.of("Mettre à jour le livret", null, Set.of(), LocalDate.of(2030, 6, 30)),
                world.referentActor()));
        jdbc.update(
                "insert into action_evidence (id, network_id, action_id, file_id)"
                        + " values (nextval('action_evidence_seq'), ?, ?, ?)",
                world.network(),
                otherAction,
                first.fileId());
        ActionEvidenceView second =
                world.in(() -> evidence.ofAction(otherAction)).get(0);

        remove(world.referentA(), first);
        assertThat(rows("select count(*) from action_evidence where id = ?", first.id()))
                .isZero();
        assertThat(download(world.referentA(), second)).isEqualTo(200);

        remove(world.referentA(), second);
        gone(second);
    }

    /** AccessMatrixTests and CsrfTests find their routes in the handler mappings: this one is among them. */
    @Test
    void theRouteTestsCoverTheRemoval() {
        assertThat(Routes.all(context))
                .map(Route::toString)
                .contains("POST /action-evidence/{actionEvidenceId}/delete");
        assertThat(RouteIds.SOURCES).containsKey("actionEvidenceId");
    }
}
