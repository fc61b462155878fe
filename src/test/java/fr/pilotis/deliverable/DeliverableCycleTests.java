package fr.pilotis.deliverable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.pilotis.deliverable.DeliverableWorld.World;
import fr.pilotis.shared.files.FileStore;
import fr.pilotis.shared.files.SampleFiles;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.SignIn;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
 * A deliverable's life through the web, on a network of its own: the référentiel's key
 * deliverables asked of every structure, the referent files a version, the expert of the group
 * comments and asks for changes, a new version, validation; then what is refused and why, and
 * what each role may open.
 */
@PilotisTest
class DeliverableCycleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Deliverables deliverables;

    @Autowired
    DeliverableFigures figures;

    World world;
    final Map<String, Cookie> sessions = new HashMap<>();

    @BeforeEach
    void aWorldWithItsKeyDeliverablesAsked() throws Exception {
        world = DeliverableWorld.create(context);
        MvcResult adopted = mvc.perform(post("/deliverables/requirements/key-deliverables")
                        .param("dueOn", "2020-03-31")
                        .cookie(as(world.admin()))
                        .with(csrf()))
                .andReturn();
        assertThat(outcomeOf(adopted)).isEqualTo(Outcome.done("deliverable.requirement.adopted", 33));
    }

    Cookie as(String email) {
        return sessions.computeIfAbsent(email, e -> SignIn.as(mvc, e));
    }

    static Outcome outcomeOf(MvcResult result) {
        return (Outcome) result.getFlashMap().get("outcome");
    }

    long deliverable(long structureId, String code) {
        return jdbc.queryForObject(
                "select d.id from deliverable d join deliverable_requirement r on r.id = d.requirement_id"
                        + " join criterion c on c.id = r.criterion_id where d.structure_id = ? and c.code = ?",
                Long.class,
                structureId,
                code);
    }

    String status(long deliverableId) {
        return jdbc.queryForObject("select status from deliverable where id = ?", String.class, deliverableId);
    }

    long storedFiles() {
        return jdbc.queryForObject(
                "select count(*) from stored_file where network_id = ?", Long.class, world.network());
    }

    long versions(long deliverableId) {
        return jdbc.queryForObject(
                "select count(*) from deliverable_version where deliverable_id = ?", Long.class, deliverableId);
    }

    MvcResult upload(String email, long deliverableId, String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/deliverables/" + deliverableId + "/versions")
                        .file(new MockMultipartFile("file", name, "application/pdf", bytes))
                        .param("label", "Version relue par la direction")
                        .cookie(as(email))
                        .with(csrf()))
                .andReturn();
    }

    MvcResult review(String email, long deliverableId, String decision, String body) throws Exception {
        return mvc.perform(post("/deliverables/" + deliverableId + "/review")
                        .param("decision", decision)
                        .param("body", body)
                        .cookie(as(email))
                        .with(csrf()))
                .andReturn();
    }

    MvcResult comment(String email, long deliverableId, String body) throws Exception {
        return mvc.perform(post("/deliverables/" + deliverableId + "/comments")
                        .param("body", body)
                        .cookie(as(email))
                        .with(csrf()))
                .andReturn();
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

    List<Long> versionIds(long deliverableId) {
        return jdbc.queryForList(
                "select id from deliverable_version where deliverable_id = ? order by number",
                Long.class,
                deliverableId);
    }

    byte[] download(String email, long versionId) throws Exception {
        MvcResult result = mvc.perform(get("/deliverable-versions/" + versionId).cookie(as(email)))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsByteArray();
    }

    @Test
    void uploadReviewNewVersionValidation() throws Exception {
        long booklet = deliverable(world.structureA(), "4.2.9");
        assertThat(status(booklet)).isEqualTo("EXPECTED");

        byte[] first = SampleFiles.pdf();
        assertThat(outcomeOf(upload(world.referentA(), booklet, "Livret d'accueil.pdf", first)))
                .isEqualTo(Outcome.done("deliverable.version.filed", 1, "Livret d'accueil.pdf"));
        assertThat(status(booklet)).isEqualTo("SUBMITTED");
        assertThat(page(world.expert1(), "/deliverables/queue")).contains("Livret d&#39;accueil", "SSIAD Alpha");

        assertThat(outcomeOf(comment(world.expert1(), booklet, "Merci, je relis cette semaine.")))
                .isEqualTo(Outcome.done("deliverable.comment.added"));
        // changes asked without saying which: refused, nothing changes
        assertThat(outcomeOf(review(world.expert1(), booklet, "CHANGES_REQUESTED", " ")))
                .isEqualTo(Outcome.refusedOn("body", "deliverable.comment.required"));
        assertThat(status(booklet)).isEqualTo("SUBMITTED");
        assertThat(outcomeOf(review(world.expert1(), booklet, "CHANGES_REQUESTED", "Ajoutez la charte des droits.")))
                .isEqualTo(Outcome.done("deliverable.review.done.CHANGES_REQUESTED"));
        assertThat(status(booklet)).isEqualTo("CHANGES_REQUESTED");
        // nothing new to review until the structure files again
        assertThat(outcomeOf(review(world.expert1(), booklet, "VALIDATED", "")))
                .isEqualTo(Outcome.refused("deliverable.review.nothingToReview"));

        byte[] second = Arrays.copyOf(SampleFiles.pdf(), SampleFiles.pdf().length + 20);
        assertThat(outcomeOf(upload(world.referentA(), booklet, "Livret d'accueil v2.pdf", second)))
                .isEqualTo(Outcome.done("deliverable.version.filed", 2, "Livret d'accueil v2.pdf"));
        assertThat(status(booklet)).isEqualTo("SUBMITTED");
        // the older version stays readable, byte for byte
        List<Long> ids = versionIds(booklet);
        assertThat(ids).hasSize(2);
        assertThat(download(world.referentA(), ids.get(0))).isEqualTo(first);
        assertThat(download(world.expert1(), ids.get(1))).isEqualTo(second);

        assertThat(outcomeOf(review(world.expert1(), booklet, "VALIDATED", "Complet, merci.")))
                .isEqualTo(Outcome.done("deliverable.review.done.VALIDATED"));
        assertThat(status(booklet)).isEqualTo("VALIDATED");

        String thread = page(world.referentA(), "/deliverables/" + booklet);
        assertThat(thread)
                .contains("Merci, je relis cette semaine.", "Ajoutez la charte des droits.", "Complet, merci.")
                .contains("Validé", "À corriger")
                .doesNotContain("Déposer une nouvelle version");

        // a validated deliverable is closed: a new version and a new review are refused, nothing stored
        long files = storedFiles();
        assertThat(outcomeOf(upload(world.referentA(), booklet, "Livret v3.pdf", SampleFiles.pdf())))
                .isEqualTo(Outcome.refused("deliverable.validated.closed"));
        assertThat(outcomeOf(review(world.expert1(), booklet, "CHANGES_REQUESTED", "Encore une chose")))
                .isEqualTo(Outcome.refused("deliverable.validated.closed"));
        assertThat(storedFiles()).isEqualTo(files);
        assertThat(versions(booklet)).isEqualTo(2);
        assertThat(status(booklet)).isEqualTo("VALIDATED");
        assertThat(page(world.referentA(), "/deliverables/" + booklet))
                .contains("Ce livrable est validé : il ne peut plus être modifié");

        // the indicators' figures: 11 key deliverables for each of A and B, one validated (4.2.9)
        DeliverableFigures.Figures counted =
                world.in(() -> figures.ofStructures(List.of(world.structureA(), world.structureB())));
        assertThat(counted.total()).isEqualTo(22);
        assertThat(counted.count(DeliverableStatus.VALIDATED)).isEqualTo(1);
        assertThat(counted.count(DeliverableStatus.EXPECTED)).isEqualTo(21);
        assertThat(counted.validatedByCriterionCode()).isEqualTo(Map.of("4.2.9", 1L));
    }

    @Test
    void figuresCountEachStatusOverTheStructuresAskedOnly() throws Exception {
        long bookletA = deliverable(world.structureA(), "4.2.9");
        long rulesA = deliverable(world.structureA(), "4.2.10");
        long bookletB = deliverable(world.structureB(), "4.2.9");
        upload(world.referentA(), bookletA, "a.pdf", SampleFiles.pdf());
        upload(world.referentA(), rulesA, "b.pdf", SampleFiles.pdf());
        upload(world.referentB(), bookletB, "c.pdf", SampleFiles.pdf());
        review(world.expert1(), rulesA, "CHANGES_REQUESTED", "Pas daté");
        review(world.expert1(), bookletB, "VALIDATED", "");

        DeliverableFigures.Figures a = world.in(() -> figures.ofStructures(List.of(world.structureA())));
        assertThat(a.count(DeliverableStatus.SUBMITTED)).isEqualTo(1);
        assertThat(a.count(DeliverableStatus.CHANGES_REQUESTED)).isEqualTo(1);
        assertThat(a.count(DeliverableStatus.VALIDATED)).isZero();
        assertThat(a.count(DeliverableStatus.EXPECTED)).isEqualTo(9);
        assertThat(a.validatedByCriterionCode()).isEmpty();
        DeliverableFigures.Figures all = world.in(
                () -> figures.ofStructures(List.of(world.structureA(), world.structureB(), world.structureC())));
        assertThat(all.total()).isEqualTo(33);
        assertThat(all.validatedByCriterionCode()).isEqualTo(Map.of("4.2.9", 1L));
        assertThat(world.in(() -> figures.ofStructures(List.of())).total()).isZero();
    }

    @Test
    void badFilesAreRefusedWithAClearMessageAndNothingStored() throws Exception {
        long booklet = deliverable(world.structureA(), "4.2.9");
        long files = storedFiles();

        assertThat(outcomeOf(upload(world.referentA(), booklet, "vide.pdf", new byte[0])))
                .isEqualTo(Outcome.refusedOn("file", "file.empty"));
        assertThat(outcomeOf(upload(world.referentA(), booklet, "livret.pdf", SampleFiles.executable())))
                .isEqualTo(Outcome.refusedOn("file", "file.notADocument"));
        assertThat(outcomeOf(upload(world.referentA(), booklet, "photo.png", SampleFiles.png())))
                .isEqualTo(Outcome.refusedOn("file", "file.notADocument"));
        byte[] tooLarge = Arrays.copyOf(SampleFiles.pdf(), (int) FileStore.MAX_BYTES + 1);
        // a session of its own, so that the page after the redirect shows this refusal
        Cookie fresh = SignIn.as(mvc, world.referentA());
        MvcResult large = mvc.perform(multipart("/deliverables/" + booklet + "/versions")
                        .file(new MockMultipartFile("file", "enorme.pdf", "application/pdf", tooLarge))
                        .cookie(fresh)
                        .with(csrf()))
                .andReturn();
        assertThat(outcomeOf(large)).isEqualTo(Outcome.refusedOn("file", "file.tooLarge", 20));
        assertThat(storedFiles()).isEqualTo(files);
        assertThat(versions(booklet)).isZero();
        assertThat(status(booklet)).isEqualTo("EXPECTED");
        // the message shows the limit
        String shown = new String(
                mvc.perform(get(large.getResponse().getRedirectedUrl()).cookie(fresh))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(shown).contains("Le fichier dépasse 20 Mo");

        // a name with folders and control characters is kept without them
        assertThat(outcomeOf(
                        upload(world.referentA(), booklet, "..\\..\\C:/tmp/liv\u0000ret\u0007.pdf", SampleFiles.pdf())))
                .isEqualTo(Outcome.done("deliverable.version.filed", 1, "livret.pdf"));
        MvcResult download = mvc.perform(
                        get("/deliverable-versions/" + versionIds(booklet).get(0))
                                .cookie(as(world.directorA())))
                .andReturn();
        assertThat(download.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"livret.pdf\"; filename*=UTF-8''livret.pdf");
        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void onlyTheExpertOfTheGroupReviewsAndOnlyTheStructureReadsItsFiles() throws Exception {
        long bookletA = deliverable(world.structureA(), "4.2.9");
        upload(world.referentA(), bookletA, "Livret A.pdf", SampleFiles.pdf());
        long versionA = versionIds(bookletA).get(0);

        // the expert of another group: 404 on everything of A, nothing changed
        assertThat(review(world.expert2(), bookletA, "VALIDATED", "")
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(comment(world.expert2(), bookletA, "?").getResponse().getStatus())
                .isEqualTo(404);
        assertThat(statusOf(world.expert2(), "/deliverables/" + bookletA)).isEqualTo(404);
        assertThat(statusOf(world.expert2(), "/deliverable-versions/" + versionA))
                .isEqualTo(404);
        assertThat(status(bookletA)).isEqualTo("SUBMITTED");

        // the referent of B: never A's file, whatever the id; nor may it file for A
        assertThat(statusOf(world.referentB(), "/deliverable-versions/" + versionA))
                .isEqualTo(404);
        assertThat(statusOf(world.referentB(), "/deliverables/" + bookletA)).isEqualTo(404);
        assertThat(upload(world.referentB(), bookletA, "x.pdf", SampleFiles.pdf())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        long lastVersion = jdbc.queryForObject("select max(id) from deliverable_version", Long.class);
        for (long id = versionA - 3; id <= lastVersion + 3; id++) {
            if (id != versionA) {
                int answer = statusOf(world.referentB(), "/deliverable-versions/" + id);
                assertThat(answer).as("version %d as the referent of B", id).isEqualTo(404);
            }
        }
        // the funder reads figures, never documents
        assertThat(statusOf(world.funder(), "/deliverable-versions/" + versionA))
                .isEqualTo(404);
        assertThat(statusOf(world.funder(), "/deliverables/" + bookletA)).isEqualTo(404);
        assertThat(statusOf(world.funder(), "/structures/" + world.structureA() + "/deliverables"))
                .isEqualTo(404);
        // the pilot reads but does not review
        assertThat(statusOf(world.pilot(), "/deliverables/" + bookletA)).isEqualTo(200);
        assertThat(review(world.pilot(), bookletA, "VALIDATED", "")
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(status(bookletA)).isEqualTo("SUBMITTED");
    }

    @Test
    void eachRoleSeesItsListMatrixOrQueue() throws Exception {
        long bookletA = deliverable(world.structureA(), "4.2.9");
        long bookletB = deliverable(world.structureB(), "4.2.9");
        long bookletC = deliverable(world.structureC(), "4.2.9");
        upload(world.referentB(), bookletB, "B.pdf", SampleFiles.pdf());
        upload(world.referentA(), bookletA, "A.pdf", SampleFiles.pdf());
        jdbc.update("update deliverable set submitted_at = submitted_at - interval '2 days' where id = ?", bookletB);

        // the expert's queue: its group's filed versions, oldest first; not group 2's
        String queue = page(world.expert1(), "/deliverables/queue");
        assertThat(queue.indexOf("SAAD Bêta")).isPositive().isLessThan(queue.indexOf("SSIAD Alpha"));
        assertThat(page(world.expert2(), "/deliverables/queue")).doesNotContain("SSIAD Alpha", "SAAD Bêta");
        assertThat(statusOf(world.referentA(), "/deliverables/queue")).isEqualTo(404);

        // the pilot's matrix: every structure of the UT × every deliverable, overdue ones flagged
        String matrix = page(world.pilot(), "/uts/" + world.unionId() + "/deliverables");
        assertThat(matrix)
                .contains("<caption>", "scope=\"col\"", "scope=\"row\"")
                .contains("SSIAD Alpha", "SAAD Bêta", "SPASAD Gamma", "Livret d&#39;accueil", "31/03/2020")
                .contains("table-danger", "En retard");
        assertThat(statusOf(world.expert1(), "/uts/" + world.unionId() + "/deliverables"))
                .isEqualTo(404);
        assertThat(statusOf(world.referentA(), "/uts/" + world.unionId() + "/deliverables"))
                .isEqualTo(404);

        // the referent's list on its structure page (an htmx fragment) and as a page
        String list = new String(
                mvc.perform(get("/structures/" + world.structureA() + "/deliverables")
                                .header("HX-Request", "true")
                                .cookie(as(world.referentA())))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(list).contains("Livret d&#39;accueil", "Déposé", "Attendu").doesNotContain("<nav");
        assertThat(page(world.referentA(), "/structures/" + world.structureA()))
                .contains("/structures/" + world.structureA() + "/deliverables");
        assertThat(statusOf(world.referentA(), "/structures/" + world.structureC() + "/deliverables"))
                .isEqualTo(404);
        assertThat(bookletC).isPositive();
    }

    @Test
    void pilotsAndExpertsAskForDeliverablesWithinTheirScope() throws Exception {
        MvcResult added = mvc.perform(post("/deliverables/requirements")
                        .param("title", "Tableau de synthèse des projets personnalisés")
                        .param("scope", "union:" + world.unionId())
                        .param("filledBy", "DIRECTOR")
                        .param("dueOn", "2030-06-30")
                        .cookie(as(world.pilot()))
                        .with(csrf()))
                .andReturn();
        assertThat(outcomeOf(added))
                .isEqualTo(Outcome.done(
                        "deliverable.requirement.added", "Tableau de synthèse des projets personnalisés", 3));
        assertThat(page(world.referentA(), "/structures/" + world.structureA() + "/deliverables"))
                .contains("Tableau de synthèse des projets personnalisés", "30/06/2030", "Directeur");

        // an expert for its group only: another group is 404, and nothing is added
        long before = jdbc.queryForObject(
                "select count(*) from deliverable_requirement where network_id = ?", Long.class, world.network());
        assertThat(mvc.perform(post("/deliverables/requirements")
                                .param("title", "Procédure")
                                .param("scope", "group:" + world.group2())
                                .param("filledBy", "REFERENT")
                                .cookie(as(world.expert1()))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(statusOf(world.referentA(), "/deliverables/requirements")).isEqualTo(404);
        // a blank title and a bad date: both said, nothing added
        MvcResult refused = mvc.perform(post("/deliverables/requirements")
                        .param("title", " ")
                        .param("scope", "group:" + world.group1())
                        .param("filledBy", "REFERENT")
                        .param("dueOn", "31/02/2030")
                        .cookie(as(world.expert1()))
                        .with(csrf()))
                .andReturn();
        assertThat(outcomeOf(refused)).isEqualTo(Outcome.refusedOn("dueOn", "deliverable.requirement.dueOn.invalid"));
        refused = mvc.perform(post("/deliverables/requirements")
                        .param("title", " ")
                        .param("scope", "group:" + world.group1())
                        .param("filledBy", "REFERENT")
                        .cookie(as(world.expert1()))
                        .with(csrf()))
                .andReturn();
        assertThat(outcomeOf(refused)).isEqualTo(Outcome.refusedOn("title", "deliverable.requirement.title.required"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from deliverable_requirement where network_id = ?",
                        Long.class,
                        world.network()))
                .isEqualTo(before);
        assertThat(page(world.expert1(), "/deliverables/requirements")).contains("Livret d&#39;accueil");
    }

    /** The page as the browser sees it after a form's redirect: with the flash attributes it carried. */
    String pageAfter(MvcResult redirected, String email, String path) throws Exception {
        return mvc.perform(get(path).flashAttrs(redirected.getFlashMap()).cookie(as(email)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aRefusedRequirementComesBackAsTypedWithItsProblemBesideTheField() throws Exception {
        MvcResult refused = mvc.perform(post("/deliverables/requirements")
                        .param("title", "Charte de bientraitance")
                        .param("description", "Signée par toute l'équipe")
                        .param("scope", "group:" + world.group1())
                        .param("filledBy", "DIRECTOR")
                        .param("dueOn", "31/02/2030")
                        .cookie(as(world.expert1()))
                        .with(csrf()))
                .andReturn();
        assertThat(outcomeOf(refused)).isEqualTo(Outcome.refusedOn("dueOn", "deliverable.requirement.dueOn.invalid"));

        String shown = pageAfter(refused, world.expert1(), "/deliverables/requirements");
        assertThat(shown)
                .contains("value=\"Charte de bientraitance\"", ">Signée par toute l&#39;équipe</textarea>")
                .containsPattern("<option value=\"DIRECTOR\"[^>]*selected")
                .containsPattern("id=\"dueOn\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"dueOn-error\"")
                .containsPattern("id=\"dueOn-error\">L&#39;échéance n&#39;est pas une date valide.<")
                .doesNotContain("id=\"title-error\"");
        // the next visit shows an empty form again
        assertThat(page(world.expert1(), "/deliverables/requirements"))
                .doesNotContain("Charte de bientraitance", "dueOn-error");
    }

    @Test
    void aRefusedMessageKeepsItsTextAndSaysWhyBesideIt() throws Exception {
        long booklet = deliverable(world.structureA(), "4.2.9");
        String tooLong = "Relisez la page 3. ".repeat(220);
        MvcResult refused = comment(world.referentA(), booklet, tooLong);
        assertThat(outcomeOf(refused).success()).isFalse();
        assertThat(outcomeOf(refused).problem("body")).isNotNull();

        String shown = pageAfter(refused, world.referentA(), "/deliverables/" + booklet);
        assertThat(shown)
                .contains(tooLong.strip())
                .containsPattern("id=\"comment-body\"[^>]*aria-describedby=\"comment-body-error\"")
                .contains("id=\"comment-body-error\"");
    }
}
