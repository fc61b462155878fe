package fr.pilotis.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.pilotis.organisation.Networks;
import fr.pilotis.organisation.OrganisationAdministration;
import fr.pilotis.organisation.ProgrammePhase;
import fr.pilotis.organisation.StructureDetails;
import fr.pilotis.organisation.StructureType;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.Tenancy;
import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.DemoNetworks;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.SignIn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The ANAP dashboard end to end: raw data saved and refused, flags and confirmations, pages per role. */
@PilotisTest
class PerformanceDashboardTests {

    @Autowired
    Networks networks;

    @Autowired
    OrganisationAdministration organisation;

    @Autowired
    PerformanceData data;

    @Autowired
    PerformanceFigures figures;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rawDataGiveTheIndicatorsAndAValueFarFromEightPeersIsFlaggedUntilConfirmed() {
        String slug = "anap-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
        long network = Tenancy.callAcrossNetworks(() -> networks.create("Réseau " + slug, slug));
        List<Long> ssiad = new ArrayList<>();
        Tenancy.runInNetwork(network, () -> {
            long union = organisation.createUnion("UT");
            for (int i = 0; i < 9; i++) {
                ssiad.add(organisation.createStructure(new StructureDetails(
                        String.format("13%07d", 100 + i),
                        "SSIAD " + i,
                        StructureType.SSIAD,
                        "13",
                        union,
                        null,
                        ProgrammePhase.DEPLOYMENT,
                        null,
                        null)));
            }
            // eight structures with absenteeism 8, 9, …, 15 %; the ninth at 60 %
            Map<Long, Map<String, Double>> raw = new HashMap<>();
            for (int i = 0; i < 8; i++) {
                raw.put(ssiad.get(i), Map.of("ABSENCE_DAYS", 3.65 * (8 + i) * 10, "ACTUAL_FTE", 10.0));
            }
            data.importRawData(2017, raw);
        });
        long odd = ssiad.get(8);
        Tenancy.runInNetwork(
                network, () -> data.save(odd, 2017, Map.of("ABSENCE_DAYS", "2 190", "ACTUAL_FTE", "10,0")));

        StructurePerformance dashboard = Tenancy.callInNetwork(network, () -> figures.forStructure(2017, odd));
        IndicatorValue absenteeism = dashboard.indicator("ABSENTEEISM_RATE");
        assertThat(absenteeism.value()).isCloseTo(60.0, within(1e-9)); // 2 190 ÷ (10 × 365)
        // peers 8..15 % (with the structure itself, 9 values): far beyond Q3 + 3 × IQR
        assertThat(absenteeism.flag()).isEqualTo(PerformanceFlag.FAR_FROM_PEERS);
        assertThat(absenteeism.toConfirm()).isTrue();
        assertThat(dashboard.indicator("STAFFING_RATIO").value()).isNull();
        // only absenteeism is filled: the vacant-FTE rate also needs the budgeted FTE
        assertThat(dashboard.filledCount()).isEqualTo(1);
        assertThat(dashboard.complete()).isFalse();

        Tenancy.runInNetwork(network, () -> data.confirm(odd, 2017, "ABSENTEEISM_RATE", "Deux longues maladies", null));
        assertThat(Tenancy.callInNetwork(network, () -> figures.forStructure(2017, odd))
                        .indicator("ABSENTEEISM_RATE")
                        .confirmed())
                .isTrue();
        // a bulk read gives every structure asked for, in one call
        assertThat(Tenancy.callInNetwork(network, () -> figures.forStructures(2017, ssiad)))
                .hasSize(9);
    }

    @Test
    void aNegativeOrNonNumericValueIsRefusedAndTheYearKeepsItsData() {
        String slug = "anap-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
        long network = Tenancy.callAcrossNetworks(() -> networks.create("Réseau " + slug, slug));
        long structure = Tenancy.callInNetwork(
                network,
                () -> organisation.createStructure(new StructureDetails(
                        "130000200",
                        "SSIAD",
                        StructureType.SSIAD,
                        "13",
                        organisation.createUnion("UT"),
                        null,
                        ProgrammePhase.DEPLOYMENT,
                        null,
                        null)));
        Tenancy.runInNetwork(
                network, () -> data.save(structure, 2016, Map.of("ABSENCE_DAYS", "365", "ACTUAL_FTE", "5")));

        assertThatThrownBy(() -> Tenancy.runInNetwork(
                        network,
                        () -> data.save(
                                structure, 2016, Map.of("ABSENCE_DAYS", "-3", "ACTUAL_FTE", "cinq", "CAF", "-12000"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactlyInAnyOrder("performance.error.negative", "performance.error.notANumber"));
        assertThat(Tenancy.callInNetwork(network, () -> data.raw(structure, 2016)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("ABSENCE_DAYS", 365.0, "ACTUAL_FTE", 5.0));
    }

    @Test
    void aSsiadDashboardShowsItsIndicatorsAndASaadSaysTheDashboardDoesNotCoverIt() throws Exception {
        long main = DemoNetworks.mainId(jdbc);
        long ssiad = jdbc.queryForObject(
                "select id from structure where network_id = ? and type = 'SSIAD' and departement = '13' order by id limit 1",
                Long.class,
                main);
        long saad = jdbc.queryForObject(
                "select id from structure where network_id = ? and type = 'SAAD' and departement = '13' order by id limit 1",
                Long.class,
                main);
        String page = page(DemoAccounts.ADMIN, "/structures/" + ssiad + "/performance?year=2017");
        assertThat(page).contains("id=\"completeness\"", "data-indicator=\"ABSENTEEISM_RATE\"", "Médiane");
        String saadPage = page(DemoAccounts.FUNDER, "/structures/" + saad + "/performance?year=2017");
        assertThat(saadPage).contains("ne couvre pas les SAAD").doesNotContain("id=\"completeness\"");
        // funders read the figures
        assertThat(page(DemoAccounts.FUNDER, "/structures/" + ssiad + "/performance?year=2017"))
                .contains("data-indicator=\"ACTIVITY_RATE\"");
        String definitions = page(DemoAccounts.FUNDER, "/performance/definitions");
        assertThat(definitions)
                .contains("Guide des indicateurs", "restitution", "ATIH", "Hélios", "data-indicator=\"FRNG_DAYS\"");
    }

    @Test
    void theDemoFlagsItsImplausibleValues() {
        Integer flagged = 0;
        long main = DemoNetworks.mainId(jdbc);
        List<Long> ids = jdbc.queryForList(
                "select id from structure where network_id = ? and type in ('SSIAD', 'SPASAD')", Long.class, main);
        flagged = Tenancy.callInNetwork(main, () -> (int) figures.forStructures(2017, ids).values().stream()
                .mapToLong(StructurePerformance::toConfirmCount)
                .sum());
        assertThat(flagged).isGreaterThanOrEqualTo(2);
    }

    String page(String email, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).cookie(SignIn.as(mvc, email))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    @Test
    void theReferentEntersRawDataAndARefusedValueIsShownBesideItsFieldWithNothingSaved() throws Exception {
        long structure = jdbc.queryForObject(
                "select g.structure_id from role_grant g join app_user u on u.id = g.user_id"
                        + " where u.email = ? and g.role = 'REFERENT'",
                Long.class,
                DemoAccounts.REFERENT);
        String entry = page(DemoAccounts.REFERENT, "/structures/" + structure + "/performance/entry?year=2016");
        assertThat(entry).contains("name=\"values[ABSENCE_DAYS]\"", "Axe 3 — Finances et budget");
        String dashboard = page(DemoAccounts.REFERENT, "/structures/" + structure + "/performance?year=2016");
        assertThat(dashboard).contains("Saisir les données 2016");

        Double before = jdbc.queryForObject(
                "select value::float8 from anap_value where structure_id = ? and year = 2016 and input_code = 'ACTUAL_FTE'",
                Double.class,
                structure);
        MvcResult refused = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                        "/structures/" + structure + "/performance/entry")
                                .cookie(SignIn.as(mvc, DemoAccounts.REFERENT))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("year", "2016")
                                .param("values[ACTUAL_FTE]", "99")
                                .param("values[ABSENCE_DAYS]", "-4"))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString())
                .contains("Cette valeur ne peut pas être négative.", "rien n&#39;a été enregistré");
        assertThat(jdbc.queryForObject(
                        "select value::float8 from anap_value where structure_id = ? and year = 2016 and input_code = 'ACTUAL_FTE'",
                        Double.class,
                        structure))
                .isEqualTo(before);
        // someone who only reads the structure is sent to the dashboard, not the entry form
        long union =
                jdbc.queryForObject("select territorial_union_id from structure where id = ?", Long.class, structure);
        assertThat(union).isPositive();
        MvcResult asAdmin = mvc.perform(get("/structures/" + structure + "/performance/entry")
                        .cookie(SignIn.as(mvc, DemoAccounts.ADMIN)))
                .andReturn();
        assertThat(asAdmin.getResponse().getRedirectedUrl()).startsWith("/structures/" + structure + "/performance");
    }
}
