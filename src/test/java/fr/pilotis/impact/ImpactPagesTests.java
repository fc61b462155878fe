package fr.pilotis.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.DemoNetworks;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.SignIn;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The impact pages of the demo network as each role sees them. */
@PilotisTest
class ImpactPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    long referentStructure() {
        return jdbc.queryForObject(
                "select g.structure_id from role_grant g join app_user u on u.id = g.user_id"
                        + " where u.email = ? and g.role = 'REFERENT'",
                Long.class,
                DemoAccounts.REFERENT);
    }

    /** A structure of the main network in the ARS funder's départements, with complaints. */
    long funderStructure() {
        return jdbc.queryForObject(
                "select s.id from structure s where s.network_id = ? and s.departement = '13'"
                        + " and exists (select 1 from complaint c where c.structure_id = s.id) order by s.id limit 1",
                Long.class,
                DemoNetworks.mainId(jdbc));
    }

    String page(String email, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).cookie(SignIn.as(mvc, email))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    int status(String email, String path) throws Exception {
        return mvc.perform(get(path).cookie(SignIn.as(mvc, email)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void theReferentSeesFiguresFormulasTheFormAndTheRegister() throws Exception {
        long structure = referentStructure();
        String impact = page(DemoAccounts.REFERENT, "/structures/" + structure + "/impact?year=2016");
        assertThat(impact)
                .contains(
                        "id=\"impact-figures\"",
                        "% de clients satisfaits et très satisfaits",
                        "name=\"clientsServed\"");
        assertThat(impact).contains("/structures/" + structure + "/complaints");

        String register = page(DemoAccounts.REFERENT, "/structures/" + structure + "/complaints");
        String reference = jdbc.queryForObject(
                "select client_reference from complaint where structure_id = ? order by id limit 1",
                String.class,
                structure);
        assertThat(register).contains(reference, "Enregistrer une réclamation");
    }

    @Test
    void aFunderSeesFiguresButNeverComplaintTextsReferencesOrBenefits() throws Exception {
        long structure = funderStructure();
        String impact = page(DemoAccounts.FUNDER, "/structures/" + structure + "/impact?year=2016");
        assertThat(impact).contains("id=\"impact-figures\"", "% de clients mécontents");
        List<String> texts = jdbc.queryForList(
                "select client_reference from complaint where structure_id = ?"
                        + " union select description from complaint where structure_id = ?"
                        + " union select qualitative_benefits from impact_year where structure_id = ? and qualitative_benefits is not null",
                String.class,
                structure,
                structure,
                structure);
        assertThat(texts).isNotEmpty();
        for (String text : texts) {
            assertThat(impact).doesNotContain(text).doesNotContain(text.replace("'", "&#39;"));
        }
        assertThat(impact).doesNotContain("name=\"clientsServed\"", "/complaints");

        long complaint = jdbc.queryForObject(
                "select id from complaint where structure_id = ? order by id limit 1", Long.class, structure);
        assertThat(status(DemoAccounts.FUNDER, "/structures/" + structure + "/complaints"))
                .isEqualTo(404);
        assertThat(status(DemoAccounts.FUNDER, "/structures/" + structure + "/complaints/" + complaint))
                .isEqualTo(404);
        assertThat(status(DemoAccounts.FUNDER, "/structures/" + structure + "/complaints/new"))
                .isEqualTo(404);
    }

    @Test
    void thePilotReadsTheUtStructuresSideBySideWithTheirBenefits() throws Exception {
        long union = jdbc.queryForObject(
                "select g.territorial_union_id from role_grant g join app_user u on u.id = g.user_id"
                        + " where u.email = ? and g.role = 'PILOT'",
                Long.class,
                DemoAccounts.PILOT);
        String page = page(DemoAccounts.PILOT, "/uts/" + union + "/impact?year=2017");
        List<String> names =
                jdbc.queryForList("select name from structure where territorial_union_id = ?", String.class, union);
        String benefit = jdbc.queryForObject(
                "select y.qualitative_benefits from impact_year y join structure s on s.id = y.structure_id"
                        + " where s.territorial_union_id = ? and y.year = 2017 and y.qualitative_benefits is not null"
                        + " order by y.id limit 1",
                String.class,
                union);
        assertThat(page).contains("id=\"union-impact\"");
        for (String name : names) {
            assertThat(page).contains(name.replace("'", "&#39;"));
        }
        assertThat(page).contains(benefit.replace("'", "&#39;"));
        // a referent does not open the UT page
        assertThat(status(DemoAccounts.REFERENT, "/uts/" + union + "/impact")).isEqualTo(404);
    }

    @Test
    void moreQuestionnairesReturnedThanSentIsRefusedOnTheFormAndNothingChanges() throws Exception {
        long structure = referentStructure();
        Integer before = jdbc.queryForObject(
                "select clients_served from impact_year where structure_id = ? and year = 2016",
                Integer.class,
                structure);
        MvcResult result = mvc.perform(post("/structures/" + structure + "/impact")
                        .cookie(SignIn.as(mvc, DemoAccounts.REFERENT))
                        .with(csrf())
                        .param("year", "2016")
                        .param("clientsServed", "999")
                        .param("surveyMode", "TOTALS")
                        .param("questionnairesSent", "10")
                        .param("questionnairesReturned", "12"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString())
                .contains("Plus de questionnaires retournés (12) qu&#39;envoyés (10).");
        assertThat(jdbc.queryForObject(
                        "select clients_served from impact_year where structure_id = ? and year = 2016",
                        Integer.class,
                        structure))
                .isEqualTo(before);
    }

    @Test
    void anEmailAsClientReferenceIsRefusedAndTheRegisterUnchanged() throws Exception {
        long structure = referentStructure();
        Integer before =
                jdbc.queryForObject("select count(*) from complaint where structure_id = ?", Integer.class, structure);
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();
        MvcResult result = mvc.perform(post("/structures/" + structure + "/complaints")
                        .cookie(SignIn.as(mvc, DemoAccounts.REFERENT))
                        .with(csrf())
                        .param("receivedOn", today)
                        .param("channel", "ORAL")
                        .param("clientReference", "jeanne.martin@example.fr")
                        .param("category", "OTHER")
                        .param("description", "Retard"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString())
                .contains("Une adresse électronique n&#39;est pas une référence pseudonyme");
        assertThat(jdbc.queryForObject(
                        "select count(*) from complaint where structure_id = ?", Integer.class, structure))
                .isEqualTo(before);
    }

    @Test
    void theReferentClosesAnOpenComplaintWithTheAnswerGiven() throws Exception {
        long structure = referentStructure();
        long open = jdbc.queryForObject(
                "select id from complaint where structure_id = ? and closed_on is null order by id limit 1",
                Long.class,
                structure);
        MvcResult result = mvc.perform(post("/structures/" + structure + "/complaints/" + open + "/close")
                        .cookie(SignIn.as(mvc, DemoAccounts.REFERENT))
                        .with(csrf())
                        .param("answerGiven", "Rappel de la famille et planning revu."))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/structures/" + structure + "/complaints");
        assertThat(jdbc.queryForObject(
                        "select answer_given from complaint where id = ? and closed_on is not null",
                        String.class,
                        open))
                .isEqualTo("Rappel de la famille et planning revu.");
        // the director reads the register but may not close
        long other = jdbc.queryForObject(
                "select id from complaint where structure_id = ? order by id limit 1", Long.class, structure);
        assertThat(mvc.perform(post("/structures/" + structure + "/complaints/" + other + "/close")
                                .cookie(SignIn.as(mvc, DemoAccounts.DIRECTOR))
                                .with(csrf())
                                .param("answerGiven", "x"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(page(DemoAccounts.DIRECTOR, "/structures/" + structure + "/complaints"))
                .doesNotContain("Enregistrer une réclamation");
    }
}
