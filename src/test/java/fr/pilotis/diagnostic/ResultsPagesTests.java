package fr.pilotis.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pilotis.access.PeopleAdministration;
import fr.pilotis.organisation.Networks;
import fr.pilotis.organisation.OrganisationAdministration;
import fr.pilotis.referential.ReferentialVersions;
import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.SignIn;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The results pages on hand-computed cases (see {@link ResultsTestNetwork}): the numbers shown, the
 * averages each role may see, and who reaches which page (404 for everyone else).
 */
@PilotisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    OrganisationAdministration organisation;

    @Autowired
    PeopleAdministration people;

    @Autowired
    ReferentialVersions referentialVersions;

    @Autowired
    Campaigns campaigns;

    @Autowired
    SelfDiagnostics diagnostics;

    ResultsTestNetwork n;

    @BeforeAll
    void aNetworkWithKnownAnswers() {
        n = ResultsTestNetwork.build(networks, organisation, people, referentialVersions, campaigns, diagnostics);
    }

    @Test
    void theStructurePageShowsDeclaredAndValidatedRatesAndTheCriteriaNotMet() throws Exception {
        String page = page(n.referentA, "/structures/" + n.structureA + "/results?year=" + n.year);

        assertThat(page).contains("97,9\u00a0%", "95,8\u00a0%"); // 47 ÷ 48 declared, 46 ÷ 48 validated
        assertThat(page).contains("Validé par l&#39;expert-réseau");
        // the expert's rating decides once validated: the partial second and the lowered third criterion
        assertThat(page)
                .contains("data-criterion-code=\"" + n.criteria.get(1).code() + "\"")
                .contains("data-criterion-code=\"" + n.criteria.get(2).code() + "\"")
                .doesNotContain("data-criterion-code=\"" + n.criteria.get(0).code() + "\"")
                .doesNotContain("data-criterion-code=\"" + n.criteria.get(3).code() + "\"");
        assertThat(page).contains("id=\"not-met\"", "data-chart=\"radar\"", "data-chart=\"line\"");
        assertThat(page).contains("/diagnostics/" + n.diagnosticA + "/export.xlsx", "/help/scores");
    }

    @Test
    void aReferentSeesNoAverageOverFewerThanFiveStructures() throws Exception {
        String page = page(n.referentA, "/structures/" + n.structureA + "/results?year=" + n.year);

        assertThat(page).contains("à partir de 5 structures");
        assertThat(page)
                .doesNotContain("74,5\u00a0%")
                .doesNotContain("83,0\u00a0%")
                .doesNotContain("calculée sur");
    }

    @Test
    void aReferentOfTheDemoNetworkSeesItsUnionsAverageOverSixStructures() throws Exception {
        Cookie referent = SignIn.as(mvc, DemoAccounts.REFERENT);
        String home =
                mvc.perform(get("/").cookie(referent)).andReturn().getResponse().getRedirectedUrl();
        int lastYear = LocalDate.now().getYear() - 1;
        String page = mvc.perform(get(home + "/results?year=" + lastYear).cookie(referent))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Moyenne de l&#39;UT calculée sur 6 structures");
        assertThat(page).contains("Moyenne du réseau calculée sur");
    }

    @Test
    void thePilotSeesItsUnionsAverageAndTheAdminTheNetworks() throws Exception {
        String pilot = page(n.pilot1, "/structures/" + n.structureA + "/results?year=" + n.year);
        assertThat(pilot).contains("74,5\u00a0%"); // (47/48 + 25/49) ÷ 2
        assertThat(pilot).doesNotContain("83,0\u00a0%"); // the network: 3 structures, not all the pilot's

        String admin = page(n.admin, "/structures/" + n.structureA + "/results?year=" + n.year);
        assertThat(admin).contains("74,5\u00a0%", "83,0\u00a0%"); // (47/48 + 25/49 + 1) ÷ 3
    }

    @Test
    void theUnionHeatMapHasARowPerSubmittedStructureAndTheAverageRow() throws Exception {
        String page = page(n.pilot1, "/uts/" + n.union1 + "/results?year=" + n.year);

        assertThat(page).contains("SSIAD Alpha " + n.suffix, "=SAAD Beta " + n.suffix);
        assertThat(page).doesNotContain("SPASAD Gamma " + n.suffix);
        assertThat(page).contains("97,9\u00a0%", "51,0\u00a0%");
        assertThat(page).contains("class=\"results-average\"", "Moyenne de l&#39;UT", "74,5\u00a0%");
        assertThat(page).contains("class=\"num module heat-9\""); // A: 97.9 → band 90–99
        assertThat(page).contains("class=\"num module heat-5\""); // B: 51.0 → band 50–59
        assertThat(page).contains("pas encore soumis : 0");
        assertThat(page).contains("/uts/" + n.union1 + "/results.xlsx");

        String validated = page(n.pilot1, "/uts/" + n.union1 + "/results?year=" + n.year + "&basis=VALIDATED");
        assertThat(validated).contains("95,8\u00a0%").doesNotContain("51,0\u00a0%");
    }

    @Test
    void theNetworkTableHasARowPerUnionAndTheNetworkAverage() throws Exception {
        String page = page(n.admin, "/admin/results?year=" + n.year);

        assertThat(page).contains(n.union1Name, n.union2Name);
        assertThat(page).contains("74,5\u00a0%", "100,0\u00a0%", "83,0\u00a0%", "Moyenne du réseau");
        assertThat(page).contains("class=\"results-average\"");

        String validated = page(n.admin, "/admin/results?year=" + n.year + "&basis=VALIDATED");
        assertThat(validated).contains("95,8\u00a0%", "97,9\u00a0%"); // UT 1: A only; network: (46/48 + 1) ÷ 2
    }

    @Test
    void theExpertSeesTheGapsOfItsGroupsValidatedDiagnostics() throws Exception {
        String page = page(n.expert1, "/groups/" + n.group1 + "/results?year=" + n.year);

        assertThat(page).contains("SSIAD Alpha " + n.suffix);
        assertThat(page).doesNotContain("=SAAD Beta " + n.suffix); // submitted, not validated
        assertThat(page).contains("2,1 pts", "97,9 → 95,8"); // module: 2 ÷ 48 points

        assertThat(page(n.pilot1, "/groups/" + n.group1 + "/results?year=" + n.year))
                .contains("SSIAD Alpha " + n.suffix);
    }

    @Test
    void everyoneOutOfScopeGetsA404() throws Exception {
        String a = "/structures/" + n.structureA + "/results";
        notFound(n.referentC, a);
        notFound(n.expert2, a);
        notFound(n.pilot2, a);
        notFound(n.pilot2, "/uts/" + n.union1 + "/results");
        notFound(n.referentA, "/uts/" + n.union1 + "/results");
        notFound(n.expert1, "/uts/" + n.union1 + "/results");
        notFound(n.pilot1, "/admin/results");
        notFound(n.expert1, "/admin/results");
        notFound(n.expert2, "/groups/" + n.group1 + "/results");
        notFound(n.pilot2, "/groups/" + n.group1 + "/results");
        notFound(n.referentA, "/groups/" + n.group1 + "/results");
        notFound(n.funder13, "/groups/" + n.group1 + "/results");
        notFound(n.referentA, a + "?year=1999");
        notFound(n.referentA, a + "?basis=SOMETHING");

        Cookie other = SignIn.as(mvc, DemoAccounts.OTHER_ADMIN);
        for (String url : new String[] {a, "/uts/" + n.union1 + "/results", "/groups/" + n.group1 + "/results"}) {
            String body = mvc.perform(get(url).cookie(other))
                    .andExpect(status().isNotFound())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(body).doesNotContain(n.suffix);
        }
    }

    @Test
    void aFunderReadsTheFiguresOfItsDepartementsOnly() throws Exception {
        String page = page(n.funder13, "/structures/" + n.structureA + "/results?year=" + n.year);
        assertThat(page).contains("97,9\u00a0%");
        assertThat(page).doesNotContain("/export.xlsx");
        notFound(n.funder13, "/structures/" + n.structureC + "/results");
        notFound(n.funder13, "/uts/" + n.union1 + "/results");
    }

    @Test
    void theScoresPageGivesTheFormulasToEveryone() throws Exception {
        for (String who : new String[] {n.funder13, n.referentA, n.admin}) {
            assertThat(page(who, "/help/scores"))
                    .contains("Conforme ÷ nombre de critères qui ne sont pas notés Non applicable × 100")
                    .contains("taux déclaré − taux validé")
                    .contains("à partir de 5 structures");
        }
        mvc.perform(get("/help/scores")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theDefaultCampaignIsTheLatestWithResults() throws Exception {
        assertThat(page(n.referentA, "/structures/" + n.structureA + "/results"))
                .contains("97,9\u00a0%");
        assertThat(page(n.admin, "/admin/results")).contains("83,0\u00a0%");
    }

    private final Map<String, Cookie> sessions = new HashMap<>();

    private Cookie session(String email) {
        return sessions.computeIfAbsent(email, e -> SignIn.as(mvc, e));
    }

    private String page(String email, String url) throws Exception {
        return mvc.perform(get(url).cookie(session(email)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private void notFound(String email, String url) throws Exception {
        mvc.perform(get(url).cookie(session(email))).andExpect(status().isNotFound());
    }
}
