package fr.pilotis.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pilotis.organisation.Networks;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.referential.CriterionView;
import fr.pilotis.shared.Actor;
import fr.pilotis.shared.Tenancy;
import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.SignIn;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The demo network's diagnostics: two complete past campaigns, the current one under way. */
@PilotisTest
class ResultsDemoDataTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Campaigns campaigns;

    @Autowired
    SelfDiagnostics diagnostics;

    @Autowired
    OrganisationDirectory directory;

    final int year = LocalDate.now().getYear();

    @Test
    void pastCampaignsAreCompleteAndValidatedAndTheCurrentOneIsUnderWay() throws Exception {
        Cookie admin = SignIn.as(mvc, DemoAccounts.ADMIN);
        assertThat(page(admin, "/admin/results?year=" + (year - 2) + "&basis=VALIDATED"))
                .contains("Autodiagnostics soumis : 46 sur", "46 autodiagnostics validés, 0 en attente");
        assertThat(page(admin, "/admin/results?year=" + (year - 1) + "&basis=VALIDATED"))
                .contains("Autodiagnostics soumis : 48 sur", "48 autodiagnostics validés, 0 en attente");
        assertThat(page(admin, "/admin/results?year=" + year + "&basis=VALIDATED"))
                .contains("Autodiagnostics soumis : 1 sur", "0 autodiagnostics validés, 1 en attente");
    }

    @Test
    void aPastDiagnosticHasItsAnswersReviewsAndHistory() {
        StructureSummary first = firstStructure();
        DiagnosticView view = inMain(() -> {
            long campaign = campaigns.byYear(year - 1).orElseThrow().id();
            return diagnostics.view(campaigns.diagnosticFor(campaign, first.id()));
        });
        assertThat(view.status()).isEqualTo(DiagnosticStatus.VALIDATED);
        assertThat(view.answeredCount()).isEqualTo(view.criterionCount());
        assertThat(view.reviewedCount()).isEqualTo(view.criterionCount());
        assertThat(view.answers().values())
                .filteredOn(AnswerView::isCorrected)
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.reviewComment()).isNotBlank());
        assertThat(view.answers().values())
                .filteredOn(a -> a.rating() == Rating.NON_APPLICABLE)
                .allSatisfy(a -> assertThat(a.justification()).isNotBlank());
        CriterionView criterion = view.referential().criteria().get(0);
        assertThat(inMain(() -> diagnostics.history(view.id(), criterion.id())))
                .extracting(AnswerChangeView::kind)
                .contains("ANSWER", "REVIEW");
    }

    @Test
    void theDemoReferentCanCarryOnWithTheCurrentCampaign() {
        StructureSummary first = firstStructure();
        DiagnosticView view = inMain(() -> {
            long campaign = campaigns.byYear(year).orElseThrow().id();
            return diagnostics.view(campaigns.diagnosticFor(campaign, first.id()));
        });
        assertThat(view.status().isEditable()).isTrue();
        assertThat(view.answeredCount()).isBetween(1L, (long) view.criterionCount() - 1);
    }

    @Test
    void recordingACompletedDiagnosticRefusesWhatTheRulesRefuse() {
        StructureSummary first = firstStructure();
        Actor someone = new Actor(1, "Chargement");
        Instant now = Instant.now();
        // already validated
        long validated = inMain(() ->
                campaigns.diagnosticFor(campaigns.byYear(year - 1).orElseThrow().id(), first.id()));
        assertThatThrownBy(() -> inMain(() -> {
                    diagnostics.recordCompleted(validated, Map.of(), someone, now, someone, now);
                    return null;
                }))
                .isInstanceOf(IllegalArgumentException.class);
        // a draft whose answers are incomplete, or a Non applicable without justification
        long draft = inMain(() -> campaigns.diagnosticFor(
                campaigns.byYear(year - 2).orElseThrow().id(), structureAt(7).id()));
        List<CriterionView> criteria =
                inMain(() -> diagnostics.view(draft)).referential().criteria();
        Map<Long, SelfDiagnostics.CompletedAnswer> answers = new HashMap<>();
        criteria.forEach(c -> answers.put(
                c.id(), new SelfDiagnostics.CompletedAnswer(Rating.CONFORME, null, null, Rating.CONFORME, null)));
        Map<Long, SelfDiagnostics.CompletedAnswer> incomplete = new HashMap<>(answers);
        incomplete.remove(criteria.get(0).id());
        assertThatThrownBy(() -> inMain(() -> {
                    diagnostics.recordCompleted(draft, incomplete, someone, now, someone, now);
                    return null;
                }))
                .isInstanceOf(IllegalArgumentException.class);
        answers.put(
                criteria.get(0).id(),
                new SelfDiagnostics.CompletedAnswer(Rating.NON_APPLICABLE, " ", null, Rating.NON_APPLICABLE, null));
        assertThatThrownBy(() -> inMain(() -> {
                    diagnostics.recordCompleted(draft, answers, someone, now, someone, now);
                    return null;
                }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(inMain(() -> diagnostics.view(draft)).answeredCount()).isZero();
        assertThat(inMain(() -> diagnostics.view(draft)).status()).isEqualTo(DiagnosticStatus.DRAFT);
    }

    private StructureSummary firstStructure() {
        return structureAt(0);
    }

    // The demo's structures in their creation order (ids follow it).
    private StructureSummary structureAt(int index) {
        return inMain(() -> directory.structures(StructureScope.wholeNetwork())).stream()
                .sorted(Comparator.comparingLong(StructureSummary::id))
                .toList()
                .get(index);
    }

    private <T> T inMain(Supplier<T> work) {
        long main = Tenancy.callAcrossNetworks(() -> networks.findIdBySlug("reseau-demo"))
                .orElseThrow();
        return Tenancy.callInNetwork(main, work);
    }

    private String page(Cookie session, String url) throws Exception {
        return mvc.perform(get(url).cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
