package fr.pilotis.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pilotis.diagnostic.DiagnosticWorld.World;
import fr.pilotis.referential.CriterionView;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.SignIn;
import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The expert of the structure's group reviews a submitted diagnostic, then validates or returns it. */
@PilotisTest
class ReviewFlowTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    SelfDiagnostics diagnostics;

    DiagnosticWorld worlds;
    World world;
    List<CriterionView> criteria;

    @BeforeEach
    void aSubmittedDiagnostic() {
        worlds = new DiagnosticWorld(context);
        world = worlds.create(false);
        criteria = worlds.criteria(world);
        worlds.answerAllBut(world, 0);
        worlds.submitA(world);
    }

    String page() {
        return "/diagnostics/" + world.diagnosticA();
    }

    AnswerView answerOf(CriterionView criterion) {
        return world.in(() -> diagnostics.view(world.diagnosticA())).answerTo(criterion);
    }

    DiagnosticStatus diagnosticStatus() {
        return world.in(() -> diagnostics.summary(world.diagnosticA())).status();
    }

    @Test
    void theExpertAgreesOrCorrectsEachCriterionThenValidates() throws Exception {
        Cookie expert = SignIn.as(mvc, world.expert1());
        CriterionView first = criteria.get(0);
        mvc.perform(get(page()).cookie(expert))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-post=\"" + page() + "/reviews/" + first.id() + "\"")))
                .andExpect(content().string(containsString("D&#39;accord avec la structure")))
                .andExpect(content().string(containsString("Évaluation de la structure")))
                .andExpect(content().string(containsString("/validate")))
                .andExpect(content().string(containsString("/return")))
                .andExpect(content().string(not(containsString("name=\"rating\""))));

        // another rating without a comment: refused next to the comment, nothing saved
        mvc.perform(post(page() + "/reviews/" + first.id())
                        .header("HX-Request", "true")
                        .cookie(expert)
                        .with(csrf())
                        .param("verdict", "PARTIEL")
                        .param("version", String.valueOf(answerOf(first).version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-save-state=\"invalid\"")))
                .andExpect(content().string(containsString("Expliquez pourquoi vous retenez une autre évaluation.")));
        assertThat(answerOf(first).isReviewed()).isFalse();

        mvc.perform(post(page() + "/reviews/" + first.id())
                        .header("HX-Request", "true")
                        .cookie(expert)
                        .with(csrf())
                        .param("verdict", "PARTIEL")
                        .param("comment", "Procédure non datée")
                        .param("version", String.valueOf(answerOf(first).version())))
                .andExpect(content().string(containsString("data-save-state=\"saved\"")))
                .andExpect(content().string(containsString("1 critère examiné par l&#39;expert sur 49")));
        assertThat(answerOf(first).reviewRating()).isEqualTo(Rating.PARTIEL);

        // an unknown verdict is refused
        mvc.perform(post(page() + "/reviews/" + criteria.get(1).id())
                        .header("HX-Request", "true")
                        .cookie(expert)
                        .with(csrf())
                        .param("verdict", "SUPER")
                        .param(
                                "version",
                                String.valueOf(answerOf(criteria.get(1)).version())))
                .andExpect(content().string(containsString("Valeur non valide")));

        // validating before every criterion is reviewed is refused with the count
        mvc.perform(post(page() + "/validate").cookie(expert).with(csrf()))
                .andExpect(flash().attribute("notice", Notice.refused("diagnostic.validate.incomplete", List.of(48L))));

        for (CriterionView c : criteria.subList(1, criteria.size())) {
            mvc.perform(post(page() + "/reviews/" + c.id())
                            .cookie(expert)
                            .with(csrf())
                            .param("verdict", "AGREE")
                            .param("version", String.valueOf(answerOf(c).version())))
                    .andExpect(status().isFound());
        }
        mvc.perform(post(page() + "/validate").cookie(expert).with(csrf()))
                .andExpect(flash().attribute("notice", Notice.done("diagnostic.validate.done")));
        assertThat(diagnosticStatus()).isEqualTo(DiagnosticStatus.VALIDATED);

        Cookie referent = SignIn.as(mvc, world.referentA());
        mvc.perform(get(page()).cookie(referent))
                .andExpect(content().string(containsString("Validé par l&#39;expert-réseau le")))
                .andExpect(content().string(containsString("Procédure non datée")))
                .andExpect(content().string(containsString("Avis de l&#39;expert-réseau")));
    }

    @Test
    void aReviewOnAStaleVersionShowsTheOtherExpertsReview() throws Exception {
        CriterionView first = criteria.get(0);
        Integer shown = answerOf(first).version();
        world.in(() -> diagnostics.review(
                world.diagnosticA(),
                first.id(),
                new ReviewInput(false, Rating.NON_CONFORME, "Aucune trace écrite", shown),
                world.referentActor()));
        Cookie expert = SignIn.as(mvc, world.expert1());
        mvc.perform(post(page() + "/reviews/" + first.id())
                        .header("HX-Request", "true")
                        .cookie(expert)
                        .with(csrf())
                        .param("verdict", "AGREE")
                        .param("comment", "Rien à redire")
                        .param("version", String.valueOf(shown)))
                .andExpect(content().string(containsString("data-save-state=\"conflict\"")))
                .andExpect(content().string(containsString("a enregistré un autre avis le")))
                .andExpect(content().string(containsString("Aucune trace écrite")))
                .andExpect(content().string(containsString("Rien à redire")))
                .andExpect(content()
                        .string(containsString(
                                "name=\"version\" value=\"" + answerOf(first).version() + "\"")));
        assertThat(answerOf(first).reviewRating()).isEqualTo(Rating.NON_CONFORME);
    }

    @Test
    void theExpertReturnsTheDiagnosticWithTheNoteAndTheReferentCompletesIt() throws Exception {
        Cookie expert = SignIn.as(mvc, world.expert1());
        mvc.perform(post(page() + "/return").cookie(expert).with(csrf()).param("note", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez les points que la structure doit compléter.")))
                .andExpect(content().string(containsString("aria-describedby=\"note-error\"")));
        assertThat(diagnosticStatus()).isEqualTo(DiagnosticStatus.SUBMITTED);

        mvc.perform(post(page() + "/return")
                        .cookie(expert)
                        .with(csrf())
                        .param("note", "Joindre la procédure d'accueil signée (4.1.1)."))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", Notice.done("diagnostic.return.done")));
        assertThat(diagnosticStatus()).isEqualTo(DiagnosticStatus.RETURNED);

        Cookie referent = SignIn.as(mvc, world.referentA());
        mvc.perform(get(page()).cookie(referent))
                .andExpect(content().string(containsString("Joindre la procédure d&#39;accueil signée (4.1.1).")))
                .andExpect(content().string(containsString("name=\"rating\"")));
        mvc.perform(post(page() + "/submit").cookie(referent).with(csrf()))
                .andExpect(flash().attribute("notice", Notice.done("diagnostic.submit.done")));
        assertThat(diagnosticStatus()).isEqualTo(DiagnosticStatus.SUBMITTED);
    }

    @Test
    void onlyTheExpertOfTheStructuresGroupReviews() throws Exception {
        CriterionView first = criteria.get(0);
        for (String other :
                List.of(world.expert2(), world.pilot(), world.referentA(), world.directorA(), world.admin())) {
            Cookie session = SignIn.as(mvc, other);
            mvc.perform(post(page() + "/reviews/" + first.id())
                            .cookie(session)
                            .with(csrf())
                            .param("verdict", "AGREE")
                            .param("version", String.valueOf(answerOf(first).version())))
                    .andExpect(status().isNotFound());
            mvc.perform(post(page() + "/validate").cookie(session).with(csrf())).andExpect(status().isNotFound());
            mvc.perform(post(page() + "/return").cookie(session).with(csrf()).param("note", "x"))
                    .andExpect(status().isNotFound());
        }
        assertThat(answerOf(first).isReviewed()).isFalse();
        assertThat(diagnosticStatus()).isEqualTo(DiagnosticStatus.SUBMITTED);
    }
}
