package fr.pilotis.deliverable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.pilotis.deliverable.DeliverableWorld.World;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The toolbox (guide and model documents per criterion, searchable, added and removed by the admin
 * and the experts, read by everyone of the programme but funders), a criterion's toolbox inside the
 * diagnostic, and the directory of the programme's people (the network's only, never for funders).
 */
@PilotisTest
class ToolboxTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    World world;
    final Map<String, Cookie> sessions = new HashMap<>();

    @BeforeEach
    void aWorld() {
        world = DeliverableWorld.create(context);
    }

    Cookie as(String email) {
        return sessions.computeIfAbsent(email, e -> SignIn.as(mvc, e));
    }

    long criterion(String code) {
        return jdbc.queryForObject(
                "select id from criterion where network_id = ? and code = ?", Long.class, world.network(), code);
    }

    MvcResult add(String email, Long criterionId, String title, String kind, String version, String name, byte[] bytes)
            throws Exception {
        var request = multipart("/toolbox/documents")
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .param("title", title)
                .param("kind", kind)
                .param("versionLabel", version)
                .cookie(as(email))
                .with(csrf());
        if (criterionId != null) {
            request.param("criterionId", criterionId.toString());
        }
        return mvc.perform(request).andReturn();
    }

    String page(String email, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).cookie(as(email))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path + " as " + email).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    int statusOf(String email, String path) throws Exception {
        return mvc.perform(get(path).cookie(as(email)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    long documentId(String title) {
        return jdbc.queryForObject(
                "select id from toolbox_document where network_id = ? and title = ?",
                Long.class,
                world.network(),
                title);
    }

    @Test
    void expertsAddModelsThatEveryoneButFundersFindsAndDownloads() throws Exception {
        MvcResult added = add(
                world.expert1(),
                criterion("4.2.9"),
                "Modèle de livret d'accueil",
                "TEMPLATE",
                "v3",
                "livret-modele.pdf",
                SampleFiles.pdf());
        assertThat(DeliverableCycleTests.outcomeOf(added))
                .isEqualTo(Outcome.done("toolbox.added", "Modèle de livret d'accueil"));
        add(
                world.admin(),
                criterion("4.3.2"),
                "Fiche contrat",
                "PRACTICAL_SHEET",
                "v1",
                "fiche.pdf",
                SampleFiles.pdf());

        // search by title, by criterion (with its guide), by kind
        assertThat(page(world.referentA(), "/toolbox?q=livret"))
                .contains("Modèle de livret d&#39;accueil")
                .doesNotContain("Fiche contrat");
        assertThat(page(world.referentA(), "/toolbox?criterion=4.3.2"))
                .contains("Fiche contrat", "Guide du critère 4.3.2")
                .doesNotContain("Modèle de livret");
        assertThat(page(world.pilot(), "/toolbox?kind=TEMPLATE"))
                .contains("Modèle de livret d&#39;accueil")
                .doesNotContain("Fiche contrat");
        // the add form is for the admin and experts only
        assertThat(page(world.referentA(), "/toolbox")).doesNotContain("Ajouter un document modèle");
        assertThat(page(world.expert2(), "/toolbox")).contains("Ajouter un document modèle");

        long id = documentId("Modèle de livret d'accueil");
        MvcResult download = mvc.perform(get("/toolbox/documents/" + id).cookie(as(world.referentA())))
                .andReturn();
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(SampleFiles.pdf());
        assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

        // funders: neither the page nor the file; another network's people: not the file
        assertThat(statusOf(world.funder(), "/toolbox")).isEqualTo(404);
        assertThat(statusOf(world.funder(), "/toolbox/documents/" + id)).isEqualTo(404);
        assertThat(statusOf(DemoAccounts.REFERENT, "/toolbox/documents/" + id)).isEqualTo(404);
        assertThat(page(DemoAccounts.REFERENT, "/toolbox?q=livret")).doesNotContain("livret-modele.pdf");
        // referents do not add
        assertThat(add(world.referentA(), criterion("4.2.9"), "X", "TEMPLATE", "v1", "x.pdf", SampleFiles.pdf())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    /** The toolbox page as the expert sees it after a refused form's redirect (with its flash attributes). */
    String pageAfter(MvcResult refused) throws Exception {
        return mvc.perform(get("/toolbox").flashAttrs(refused.getFlashMap()).cookie(as(world.expert1())))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    MvcResult remove(String email, long documentId) throws Exception {
        return mvc.perform(post("/toolbox/documents/" + documentId + "/delete")
                        .cookie(as(email))
                        .with(csrf()))
                .andReturn();
    }

    long fileOf(long documentId) {
        return jdbc.queryForObject("select file_id from toolbox_document where id = ?", Long.class, documentId);
    }

    long rows(String sql, long id) {
        return jdbc.queryForObject(sql, Long.class, id);
    }

    @Test
    void theAdminAndAnyExpertRemoveADocumentWithItsFileAndTheRemovalIsAudited() throws Exception {
        long booklet = criterion("4.2.9");
        add(world.expert1(), booklet, "Livret erroné", "TEMPLATE", "v1", "livret-errone.pdf", SampleFiles.pdf());
        add(world.admin(), booklet, "Fiche en double", "PRACTICAL_SHEET", "v1", "doublon.pdf", SampleFiles.pdf());
        add(world.expert1(), booklet, "Livret à garder", "TEMPLATE", "v2", "livret.pdf", SampleFiles.pdf());
        long wrong = documentId("Livret erroné");
        long duplicate = documentId("Fiche en double");
        long kept = documentId("Livret à garder");
        assertThat(page(world.expert2(), "/toolbox"))
                .contains("action=\"/toolbox/documents/" + wrong + "/delete\"")
                .contains("aria-label=\"Supprimer le document « Livret erroné » (livret-errone.pdf)\"");
        assertThat(page(world.referentA(), "/toolbox"))
                .contains("Livret erroné")
                .doesNotContain("/delete");

        // an expert of another group removes what expert1 added; the admin what she added
        for (Object[] removal : List.of(
                new Object[] {world.expert2(), wrong, "Livret erroné"},
                new Object[] {world.admin(), duplicate, "Fiche en double"})) {
            String email = (String) removal[0];
            long id = (long) removal[1];
            long file = fileOf(id);
            MvcResult removed = remove(email, id);
            assertThat(removed.getResponse().getRedirectedUrl()).isEqualTo("/toolbox");
            assertThat(DeliverableCycleTests.outcomeOf(removed)).isEqualTo(Outcome.done("toolbox.removed", removal[2]));
            assertThat(statusOf(world.referentA(), "/toolbox/documents/" + id)).isEqualTo(404);
            assertThat(rows("select count(*) from toolbox_document where id = ?", id))
                    .isZero();
            assertThat(rows("select count(*) from stored_file where id = ?", file))
                    .isZero();
            assertThat(rows("select count(*) from stored_file_chunk where file_id = ?", file))
                    .isZero();
            for (Object[] deleted : List.of(new Object[] {"ToolboxDocument", id}, new Object[] {"StoredFile", file})) {
                Map<String, Object> trace = jdbc.queryForMap(
                        "select network_id, actor_email from audit_event"
                                + " where action = 'DELETE' and entity_type = ? and entity_id = ?",
                        deleted);
                assertThat(trace.get("network_id")).isEqualTo(world.network());
                assertThat(trace.get("actor_email")).isEqualTo(email);
            }
        }
        assertThat(page(world.pilot(), "/toolbox"))
                .contains("Livret à garder")
                .doesNotContain("Livret erroné", "Fiche en double");
        assertThat(statusOf(world.referentA(), "/toolbox/documents/" + kept)).isEqualTo(200);
    }

    @Test
    void everyoneElseGets404AndAGetOrAPostWithoutTokenRemovesNothing() throws Exception {
        add(world.expert1(), criterion("4.2.9"), "Modèle de livret", "TEMPLATE", "v1", "livret.pdf", SampleFiles.pdf());
        long id = documentId("Modèle de livret");
        // those who read the toolbox but do not edit it, a funder, and the main demo network's admin
        // and expert (another network)
        List<String> refused = List.of(
                world.pilot(),
                world.referentA(),
                world.directorA(),
                world.funder(),
                DemoAccounts.ADMIN,
                DemoAccounts.EXPERT);
        refused.forEach(this::as);
        Map<String, String> before = DatabaseFingerprint.of(jdbc);

        for (String email : refused) {
            MvcResult result = remove(email, id);
            assertThat(result.getResponse().getStatus()).as(email).isEqualTo(404);
            assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .as(email)
                    .doesNotContain("Modèle de livret", "livret.pdf");
        }
        assertThat(mvc.perform(get("/toolbox/documents/" + id + "/delete").cookie(as(world.expert1())))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(405);
        assertThat(mvc.perform(post("/toolbox/documents/" + id + "/delete").cookie(as(world.expert1())))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
        assertThat(statusOf(world.referentA(), "/toolbox/documents/" + id)).isEqualTo(200);
    }

    @Test
    void aBadDocumentIsRefusedWithEveryProblemAndNothingStored() throws Exception {
        long before = jdbc.queryForObject(
                "select count(*) from stored_file where network_id = ?", Long.class, world.network());
        MvcResult refused = add(world.expert1(), null, " ", "", " ", "modele.pdf", SampleFiles.pdf());
        assertThat(DeliverableCycleTests.outcomeOf(refused).messages())
                .extracting(Outcome.Message::key)
                .containsExactly(
                        "toolbox.criterion.required",
                        "toolbox.title.required",
                        "toolbox.kind.required",
                        "toolbox.version.required");
        // the form comes back with each problem beside its field
        assertThat(pageAfter(refused))
                .contains("id=\"doc-title-error\"", "id=\"doc-criterion-error\"", "id=\"doc-kind-error\"")
                .containsPattern(
                        "id=\"doc-version\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"doc-version-error\"");
        refused = add(world.expert1(), criterion("4.2.9"), "Photo", "EXAMPLE", "v1", "photo.pdf", SampleFiles.png());
        assertThat(DeliverableCycleTests.outcomeOf(refused)).isEqualTo(Outcome.refusedOn("file", "file.notADocument"));
        // what was typed is kept; only the file is to choose again
        assertThat(pageAfter(refused))
                .contains("value=\"Photo\"", "value=\"v1\"")
                .containsPattern("<option value=\"EXAMPLE\"[^>]*selected")
                .containsPattern("id=\"doc-file\"[^>]*aria-describedby=\"doc-file-error doc-file-hint\"")
                .doesNotContain("id=\"doc-title-error\"");
        assertThat(jdbc.queryForObject(
                        "select count(*) from stored_file where network_id = ?", Long.class, world.network()))
                .isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select count(*) from toolbox_document where network_id = ?", Long.class, world.network()))
                .isZero();
    }

    @Test
    void theDiagnosticShowsTheCriterionsModelsAndValidatedDeliverables() throws Exception {
        long booklet = criterion("4.2.9");
        add(world.expert1(), booklet, "Modèle de livret d'accueil", "TEMPLATE", "v3", "modele.pdf", SampleFiles.pdf());
        mvc.perform(post("/deliverables/requirements/key-deliverables")
                .cookie(as(world.admin()))
                .with(csrf()));
        long deliverable = jdbc.queryForObject(
                "select d.id from deliverable d join deliverable_requirement r on r.id = d.requirement_id"
                        + " where d.structure_id = ? and r.criterion_id = ?",
                Long.class,
                world.structureA(),
                booklet);
        mvc.perform(multipart("/deliverables/" + deliverable + "/versions")
                .file(new MockMultipartFile("file", "Notre livret.pdf", "application/pdf", SampleFiles.pdf()))
                .cookie(as(world.referentA()))
                .with(csrf()));
        String path = "/diagnostics/" + world.diagnosticA() + "/criteria/" + booklet + "/toolbox";
        assertThat(page(world.referentA(), path))
                .contains("Modèle de livret d&#39;accueil")
                .contains("Aucun livrable validé pour ce critère.");
        mvc.perform(post("/deliverables/" + deliverable + "/review")
                .param("decision", "VALIDATED")
                .cookie(as(world.expert1()))
                .with(csrf()));
        assertThat(page(world.expert1(), path)).contains("Notre livret.pdf", "Validé");
        // the diagnostic page loads it lazily
        assertThat(page(world.referentA(), "/diagnostics/" + world.diagnosticA() + "?theme=4.2"))
                .contains(path);
        assertThat(statusOf(world.referentB(), path)).isEqualTo(404);
        assertThat(statusOf(world.funder(), path)).isEqualTo(404);
    }

    @Test
    void theDirectoryListsTheNetworksPeopleForEveryoneButFunders() throws Exception {
        String all = page(world.referentA(), "/directory");
        assertThat(all)
                .contains(world.pilot(), world.expert1(), world.referentB(), world.directorA())
                .contains("SAAD Bêta", "Groupe 1 ")
                .doesNotContain(world.funder(), world.admin())
                .doesNotContain(DemoAccounts.PILOT, DemoAccounts.EXPERT);
        assertThat(page(world.expert1(), "/directory?q=referent-b"))
                .contains(world.referentB())
                .doesNotContain(world.pilot());
        // by where they work: a structure's name, a UT's name (three letters at least; MockMvc encodes the URL)
        assertThat(page(world.expert1(), "/directory?q=bêta"))
                .contains(world.referentB())
                .doesNotContain(world.referentA(), world.directorA(), world.pilot());
        String union =
                jdbc.queryForObject("select name from territorial_union where id = ?", String.class, world.unionId());
        assertThat(page(world.expert1(), "/directory?q=" + union))
                .contains(world.pilot(), world.referentA(), world.referentB()) // its pilot and its structures' people
                .doesNotContain(world.expert1(), world.expert2());
        assertThat(page(world.expert1(), "/directory?q=bê")).doesNotContain(world.referentB());
        assertThat(page(world.pilot(), "/directory?role=EXPERT"))
                .contains(world.expert1(), world.expert2())
                .doesNotContain(world.referentA());
        assertThat(statusOf(world.funder(), "/directory")).isEqualTo(404);
    }

    /** AccessMatrixTests and CsrfTests find their routes in the handler mappings: this one is among them. */
    @Test
    void theRouteTestsCoverTheRemoval() {
        assertThat(Routes.all(context))
                .map(Route::toString)
                .contains("POST /toolbox/documents/{toolboxDocumentId}/delete");
        assertThat(RouteIds.SOURCES).containsKey("toolboxDocumentId");
    }
}
