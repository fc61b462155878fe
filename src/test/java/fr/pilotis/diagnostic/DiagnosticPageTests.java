package fr.pilotis.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pilotis.diagnostic.DiagnosticWorld.World;
import fr.pilotis.referential.CriterionView;
import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.SignIn;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The diagnostic page for each role: the referent answers (with htmx or a plain form), readers see
 * it read only, everyone out of scope gets a 404; saves refused, in conflict, or at the same
 * instant; submission refused while incomplete; the per-criterion history.
 */
@PilotisTest
class DiagnosticPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    SelfDiagnostics diagnostics;

    DiagnosticWorld worlds;
    World world;
    List<CriterionView> criteria;
    CriterionView first;

    @BeforeEach
    void aWorldWithAnOpenCampaign() {
        worlds = new DiagnosticWorld(context);
        world = worlds.create(false);
        criteria = worlds.criteria(world);
        first = criteria.get(0);
    }

    String page() {
        return "/diagnostics/" + world.diagnosticA();
    }

    String answerUrl(CriterionView criterion) {
        return page() + "/answers/" + criterion.id();
    }

    MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
        return request.header("HX-Request", "true");
    }

    AnswerView answerOf(CriterionView criterion) {
        return world.in(() -> diagnostics.view(world.diagnosticA())).answerTo(criterion);
    }

    String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }

    @Test
    void theReferentSeesAFormPerCriterionSavedAsItChanges() throws Exception {
        Cookie referent = SignIn.as(mvc, world.referentA());
        mvc.perform(get(page()).cookie(referent))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("SSIAD Alpha"),
                                containsString("Autodiagnostic 2026"),
                                containsString("Aucun critère renseigné sur 49"),
                                containsString("hx-post=\"" + answerUrl(first) + "\""),
                                containsString("hx-trigger=\"change, keyup changed delay:800ms, submit\""),
                                containsString("hx-target=\"closest article\""),
                                containsString("hx-swap=\"outerHTML\""),
                                containsString("id=\"criterion-4.1.1\""),
                                containsString("name=\"justification\""),
                                containsString("Repartir des réponses de l&#39;an dernier"),
                                containsString("/js/diagnostic.js"),
                                containsString("Soumettre"))));
    }

    @Test
    void withoutJavaScriptASaveGoesBackToTheCriterionOnThePage() throws Exception {
        Cookie referent = SignIn.as(mvc, world.referentA());
        mvc.perform(post(answerUrl(first))
                        .cookie(referent)
                        .with(csrf())
                        .param("rating", "CONFORME")
                        .param("comment", "Procédure affichée")
                        .param("version", ""))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(page() + "?theme=4.1#criterion-4.1.1"))
                .andExpect(flash().attribute("savedCriterion", first.id()));

        assertThat(answerOf(first).rating()).isEqualTo(Rating.CONFORME);
        assertThat(answerOf(first).comment()).isEqualTo("Procédure affichée");
        // the flash message is kept for the very page redirected to
        mvc.perform(get(page() + "?theme=4.1").cookie(referent))
                .andExpect(content().string(containsString("Enregistré à")))
                .andExpect(content().string(containsString("1 critère renseigné sur 49")));
    }

    @Test
    void anHtmxSaveAnswersWithTheCriterionFragmentAloneAndTheProgress() throws Exception {
        Cookie referent = SignIn.as(mvc, world.referentA());
        String fragment = body(mvc.perform(htmx(post(answerUrl(first)))
                        .cookie(referent)
                        .with(csrf())
                        .param("rating", "PARTIEL")
                        .param("justification", "")
                        .param("comment", "En cours")
                        .param("version", ""))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(fragment)
                .startsWith("<article")
                .contains("data-save-state=\"saved\"")
                .contains("Enregistré à")
                .contains("id=\"criterion-4.1.1\"")
                .containsPattern("id=\"diagnostic-progress\"[^>]*hx-swap-oob=\"true\"")
                .contains("1 critère renseigné sur 49")
                .contains("id=\"theme-nav\"")
                .doesNotContain("<html", "Aller au contenu", "<header");
        assertThat(answerOf(first).rating()).isEqualTo(Rating.PARTIEL);
        assertThat(fragment)
                .contains("name=\"version\" value=\"" + answerOf(first).version() + "\"");
    }

    @Test
    void nonApplicableWithoutJustificationIsRefusedNextToTheFieldWithTheTypedValuesKept() throws Exception {
        Cookie referent = SignIn.as(mvc, world.referentA());
        String fragment = body(mvc.perform(htmx(post(answerUrl(first)))
                        .cookie(referent)
                        .with(csrf())
                        .param("rating", "NON_APPLICABLE")
                        .param("justification", "  ")
                        .param("comment", "Commentaire tapé")
                        .param("version", ""))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(fragment)
                .contains("data-save-state=\"invalid\"")
                .contains("Expliquez pourquoi ce critère ne s&#39;applique pas")
                .contains("aria-describedby=\"c" + first.id() + "-justification-error\"")
                .contains("Commentaire tapé")
                .containsPattern("value=\"NON_APPLICABLE\"\\s+checked");
        assertThat(answerOf(first).id()).isNull();

        // without JavaScript: the whole page, the message beside the field, nothing saved
        mvc.perform(post(answerUrl(first))
                        .cookie(referent)
                        .with(csrf())
                        .param("rating", "NON_APPLICABLE")
                        .param("comment", "Commentaire tapé"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Expliquez pourquoi ce critère")));
        assertThat(answerOf(first).id()).isNull();
    }

    @Test
    void aRatingOutsideTheScaleIsRefusedAndNothingSaved() throws Exception {
        Cookie referent = SignIn.as(mvc, world.referentA());
        mvc.perform(htmx(post(answerUrl(first)))
                        .cookie(referent)
                        .with(csrf())
                        .param("rating", "EXCELLENT")
                        .param("version", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-save-state=\"invalid\"")))
                .andExpect(content().string(containsString("Valeur non valide")));
        assertThat(answerOf(first).id()).isNull();
    }

    @Test
    void theLaterSaveIsRefusedWithTheOtherPersonsValueAndTheTypedOneKept() throws Exception {
        world.in(() -> diagnostics.saveAnswer(
                world.diagnosticA(),
                first.id(),
                new AnswerInput(Rating.NON_CONFORME, null, "Pas de procédure écrite", null),
                world.referentActor()));
        Integer current = answerOf(first).version();
        Cookie referent = SignIn.as(mvc, world.referentA());

        // this page was drawn before that save: no version yet
        String fragment = body(mvc.perform(htmx(post(answerUrl(first)))
                        .cookie(referent)
                        .with(csrf())
                        .param("rating", "CONFORME")
                        .param("comment", "Ma version à moi")
                        .param("version", ""))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(fragment)
                .contains("data-save-state=\"conflict\"")
                .contains("Referent-a Test a enregistré une autre réponse le")
                .contains("Non conforme")
                .contains("Pas de procédure écrite")
                .contains("Ma version à moi")
                .contains("name=\"version\" value=\"" + current + "\"");
        assertThat(answerOf(first).rating()).isEqualTo(Rating.NON_CONFORME);

        // saving again on the version shown overwrites it knowingly
        mvc.perform(htmx(post(answerUrl(first)))
                        .cookie(referent)
                        .with(csrf())
                        .param("rating", "CONFORME")
                        .param("comment", "Ma version à moi")
                        .param("version", String.valueOf(current)))
                .andExpect(content().string(containsString("data-save-state=\"saved\"")));
        assertThat(answerOf(first).rating()).isEqualTo(Rating.CONFORME);
    }

    @Test
    void savesAtTheSameInstantAreOneSavedAndTheOthersConflictsNeverAnError() throws Exception {
        Cookie referent = SignIn.as(mvc, world.referentA());
        int people = 6;
        CyclicBarrier together = new CyclicBarrier(people);
        ExecutorService pool = Executors.newFixedThreadPool(people);
        try {
            List<Future<MvcResult>> results = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                String comment = "Saisie " + i;
                results.add(pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return mvc.perform(htmx(post(answerUrl(first)))
                                    .cookie(referent)
                                    .with(csrf())
                                    .param("rating", "CONFORME")
                                    .param("comment", comment)
                                    .param("version", ""))
                            .andReturn();
                }));
            }
            int saved = 0;
            for (Future<MvcResult> result : results) {
                MvcResult done = result.get(60, TimeUnit.SECONDS);
                assertThat(done.getResponse().getStatus()).isEqualTo(200);
                String fragment = body(done);
                assertThat(fragment).containsAnyOf("data-save-state=\"saved\"", "data-save-state=\"conflict\"");
                if (fragment.contains("data-save-state=\"saved\"")) {
                    saved++;
                }
            }
            assertThat(saved).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(answerOf(first).version()).isZero();
    }

    @Test
    void readersSeeTheDiagnosticReadOnly() throws Exception {
        world.in(() -> diagnostics.saveAnswer(
                world.diagnosticA(),
                first.id(),
                new AnswerInput(Rating.CONFORME, null, "Affiché en salle d'attente", null),
                world.referentActor()));
        for (String reader : List.of(world.directorA(), world.pilot(), world.admin(), world.expert1())) {
            Cookie session = SignIn.as(mvc, reader);
            mvc.perform(get(page()).cookie(session))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Affiché en salle d&#39;attente")))
                    .andExpect(content().string(not(containsString("name=\"rating\""))))
                    .andExpect(content().string(not(containsString("/answers/" + first.id() + "\""))))
                    .andExpect(content().string(not(containsString("/copy-previous"))))
                    .andExpect(content().string(not(containsString("/submit"))))
                    .andExpect(content().string(containsString("/history")));
            mvc.perform(htmx(post(answerUrl(first)))
                            .cookie(session)
                            .with(csrf())
                            .param("rating", "NON_CONFORME"))
                    .andExpect(status().isNotFound());
        }
        assertThat(answerOf(first).rating()).isEqualTo(Rating.CONFORME);
    }

    @Test
    void everyoneOutOfScopeGetsA404WithNoTraceOfTheData() throws Exception {
        world.in(() -> diagnostics.saveAnswer(
                world.diagnosticA(),
                first.id(),
                new AnswerInput(Rating.CONFORME, null, "Secret de la structure", null),
                world.referentActor()));
        for (String outsider : List.of(
                world.expert2(), world.funder(), world.referentB(), DemoAccounts.ADMIN, DemoAccounts.REFERENT)) {
            Cookie session = SignIn.as(mvc, outsider);
            for (String url : List.of(
                    page(),
                    page() + "?theme=4.2",
                    answerUrl(first) + "/history",
                    "/structures/" + world.structureA() + "/diagnostics")) {
                if (outsider.equals(world.funder()) && url.endsWith("/diagnostics")) {
                    continue; // funders read the figures of their départements' structures
                }
                mvc.perform(get(url).cookie(session))
                        .andExpect(status().isNotFound())
                        .andExpect(content().string(not(containsString("Secret de la structure"))))
                        .andExpect(content().string(not(containsString("SSIAD Alpha"))));
            }
            for (String url : List.of(
                    answerUrl(first),
                    page() + "/submit",
                    page() + "/copy-previous",
                    page() + "/sign-off",
                    page() + "/reviews/" + first.id(),
                    page() + "/validate",
                    page() + "/return")) {
                mvc.perform(post(url).cookie(session).with(csrf()).param("rating", "NON_CONFORME"))
                        .andExpect(status().isNotFound());
            }
        }
        assertThat(answerOf(first).rating()).isEqualTo(Rating.CONFORME);
    }

    @Test
    void postsWithoutTheCsrfTokenAreRefused() throws Exception {
        Cookie referent = SignIn.as(mvc, world.referentA());
        mvc.perform(post(answerUrl(first)).cookie(referent).param("rating", "CONFORME"))
                .andExpect(status().isForbidden());
        assertThat(answerOf(first).id()).isNull();
    }

    @Test
    void anUnknownThemeShowsTheFirstAndAnUnknownCriterionIsA404() throws Exception {
        Cookie referent = SignIn.as(mvc, world.referentA());
        mvc.perform(get(page() + "?theme=9.9").cookie(referent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"criterion-4.1.1\"")));
        mvc.perform(get(page() + "?theme=4.3").cookie(referent))
                .andExpect(content().string(containsString("id=\"criterion-4.3.1\"")))
                .andExpect(content().string(not(containsString("id=\"criterion-4.1.1\""))));
        mvc.perform(post(page() + "/answers/999999999")
                        .cookie(referent)
                        .with(csrf())
                        .param("rating", "CONFORME"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/diagnostics/999999999").cookie(referent)).andExpect(status().isNotFound());
        mvc.perform(get("/diagnostics/abc").cookie(referent)).andExpect(status().isNotFound());
    }

    @Test
    void submittingIsRefusedWithTheCountOfMissingAnswers() throws Exception {
        worlds.answerAllBut(world, 3);
        Cookie referent = SignIn.as(mvc, world.referentA());
        MvcResult refused = mvc.perform(
                        post(page() + "/submit").cookie(referent).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(page()))
                .andReturn();
        assertThat(refused.getFlashMap().get("notice"))
                .isEqualTo(Notice.refused("diagnostic.submit.incomplete", List.of(3L)));
        mvc.perform(get(page()).cookie(referent))
                .andExpect(content()
                        .string(containsString("Impossible de soumettre : 3 critères ne sont pas renseignés.")))
                .andExpect(content().string(containsString("Il reste 3 critères à renseigner.")));
        assertThat(world.in(() -> diagnostics.summary(world.diagnosticA())).status())
                .isEqualTo(DiagnosticStatus.DRAFT);
    }

    @Test
    void submittedTheDiagnosticIsReadOnlyForTheReferent() throws Exception {
        worlds.answerAllBut(world, 0);
        Cookie referent = SignIn.as(mvc, world.referentA());
        mvc.perform(post(page() + "/submit").cookie(referent).with(csrf()))
                .andExpect(flash().attribute("notice", Notice.done("diagnostic.submit.done")));
        assertThat(world.in(() -> diagnostics.summary(world.diagnosticA())).status())
                .isEqualTo(DiagnosticStatus.SUBMITTED);

        mvc.perform(get(page()).cookie(referent))
                .andExpect(content().string(containsString("Soumis le")))
                .andExpect(content().string(not(containsString("name=\"rating\""))));
        // a form still open in another tab: refused next to the criterion, nothing changed
        mvc.perform(htmx(post(answerUrl(first)))
                        .cookie(referent)
                        .with(csrf())
                        .param("rating", "NON_CONFORME")
                        .param("version", String.valueOf(answerOf(first).version())))
                .andExpect(content().string(containsString("data-save-state=\"invalid\"")))
                .andExpect(content().string(containsString("plus modifiable")));
        assertThat(answerOf(first).rating()).isEqualTo(Rating.CONFORME);
    }

    @Test
    void copyingLastYearsAnswersWithoutALastYearSaysSo() throws Exception {
        Cookie referent = SignIn.as(mvc, world.referentA());
        mvc.perform(post(page() + "/copy-previous").cookie(referent).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", Notice.refused("diagnostic.copy.nothing", List.of())));
    }

    @Test
    void theHistoryListsEachChangeAsAFragmentOrAPage() throws Exception {
        Cookie referent = SignIn.as(mvc, world.referentA());
        mvc.perform(htmx(post(answerUrl(first)))
                .cookie(referent)
                .with(csrf())
                .param("rating", "NON_CONFORME")
                .param("version", ""));
        mvc.perform(htmx(post(answerUrl(first)))
                .cookie(referent)
                .with(csrf())
                .param("rating", "CONFORME")
                .param("comment", "Procédure signée")
                .param("version", String.valueOf(answerOf(first).version())));

        Cookie pilot = SignIn.as(mvc, world.pilot());
        String fragment =
                body(mvc.perform(htmx(get(answerUrl(first) + "/history")).cookie(pilot))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(fragment)
                .startsWith("<div class=\"history-table\"")
                .doesNotContain("<html")
                .contains("Réponse de la structure")
                .contains("Non conforme")
                .contains("Conforme")
                .contains("Procédure signée")
                .contains("Referent-a Test");
        mvc.perform(get(answerUrl(first) + "/history").cookie(pilot))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Historique du critère 4.1.1")));
    }

    @Test
    void theDirectorCoSignsWhenTheCampaignAsksForIt() throws Exception {
        World signed = worlds.create(true);
        DiagnosticWorld w = worlds;
        world = signed;
        w.answerAllBut(signed, 0);
        w.submitA(signed);

        Cookie referent = SignIn.as(mvc, signed.referentA());
        mvc.perform(post(page() + "/sign-off").cookie(referent).with(csrf())).andExpect(status().isNotFound());

        Cookie director = SignIn.as(mvc, signed.directorA());
        mvc.perform(get(page()).cookie(director))
                .andExpect(content().string(containsString("/sign-off")))
                .andExpect(content().string(containsString("En attente de la cosignature du directeur.")));
        Cookie expert = SignIn.as(mvc, signed.expert1());
        mvc.perform(post(page() + "/validate").cookie(expert).with(csrf()))
                .andExpect(flash().attributeExists("notice"));
        assertThat(signed.in(() -> diagnostics.summary(signed.diagnosticA())).status())
                .isEqualTo(DiagnosticStatus.SUBMITTED);

        mvc.perform(post(page() + "/sign-off").cookie(director).with(csrf()))
                .andExpect(flash().attribute("notice", Notice.done("diagnostic.signOff.done")));
        mvc.perform(get(page()).cookie(director))
                .andExpect(content().string(containsString("Cosigné par le directeur le")))
                .andExpect(content().string(not(containsString("/sign-off\""))));
    }
}
