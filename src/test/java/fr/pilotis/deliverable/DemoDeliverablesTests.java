package fr.pilotis.deliverable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.DemoNetworks;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.SignIn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo is worth clicking around in, and the access matrix finds ids in it: both networks have
 * model documents, deliverables in every status, a filed version in every structure; the demo
 * expert has something to review.
 */
@PilotisTest
class DemoDeliverablesTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void bothNetworksHaveDocumentsEveryStatusAndAVersionInEveryStructure() {
        for (long network : List.of(DemoNetworks.mainId(jdbc), DemoNetworks.otherId(jdbc))) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from toolbox_document where network_id = ?", Long.class, network))
                    .as("toolbox documents of network %d", network)
                    .isGreaterThanOrEqualTo(5);
            assertThat(jdbc.queryForList(
                            "select distinct status from deliverable where network_id = ?", String.class, network))
                    .as("statuses of network %d", network)
                    .containsExactlyInAnyOrder("EXPECTED", "SUBMITTED", "CHANGES_REQUESTED", "VALIDATED");
            assertThat(jdbc.queryForObject(
                            // the demo's structures (those with a diagnostic): other tests add bare ones
                            "select count(*) from structure s where s.network_id = ?"
                                    + " and exists (select 1 from diagnostic dg where dg.structure_id = s.id)"
                                    + " and not exists (select 1"
                                    + " from deliverable d join deliverable_version v on v.deliverable_id = d.id"
                                    + " where d.structure_id = s.id)",
                            Long.class,
                            network))
                    .as("structures of network %d without a filed version", network)
                    .isZero();
        }
    }

    @Test
    void theDemoExpertHasAQueueAndThePilotAMatrix() throws Exception {
        String queue = mvc.perform(get("/deliverables/queue").cookie(SignIn.as(mvc, DemoAccounts.EXPERT)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(queue).contains("Livret d&#39;accueil").doesNotContain("attend votre avis");
        long union = jdbc.queryForObject(
                "select territorial_union_id from structure where network_id = ? order by id limit 1",
                Long.class,
                DemoNetworks.mainId(jdbc));
        String matrix = mvc.perform(get("/uts/" + union + "/deliverables").cookie(SignIn.as(mvc, DemoAccounts.PILOT)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(matrix).contains("Validé", "À corriger", "Déposé", "Attendu", "Calendrier des réunions");
    }
}
