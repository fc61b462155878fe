package fr.pilotis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.DemoNetworks;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.SignIn;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The report pages of the demo network as each role sees them, and the referent → director flow. */
@PilotisTest
class ReportPagesTests {

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

    long pilotUnion() {
        return jdbc.queryForObject(
                "select g.territorial_union_id from role_grant g join app_user u on u.id = g.user_id"
                        + " where u.email = ? and g.role = 'PILOT' order by g.id limit 1",
                Long.class,
                DemoAccounts.PILOT);
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

    static MockHttpServletRequestBuilder complete(MockHttpServletRequestBuilder request) {
        request.param("madeOn", LocalDate.now(ZoneId.of("Europe/Paris")).toString())
                .param("madeAt", "Aix-en-Provence")
                .param("madeBy", "Référente de test")
                .param("authorName", "Référente de test")
                .param("authorFunction", "Responsable qualité")
                .param("authorEmail", "referent@reseau-demo.fr")
                .param("organisationalMeasures", "Réunion hebdomadaire instaurée")
                .param("finishedTools", "Livret d'accueil finalisé")
                .param("deliverables", "Livret d'accueil, contrat");
        for (BenefitDimension d : BenefitDimension.values()) {
            request.param(d.field(), "Bénéfice " + d.name());
        }
        return request;
    }

    @Test
    void eachRoleReadsWhatItMayAndFundersNothing() throws Exception {
        long structure = referentStructure();
        long report = jdbc.queryForObject(
                "select id from semester_report where structure_id = ? and status <> 'DRAFT'"
                        + " order by year desc, half desc limit 1",
                Long.class,
                structure);
        assertThat(page(DemoAccounts.REFERENT, "/structures/" + structure + "/reports"))
                .contains("id=\"structure-reports\"", "/reports/" + report);
        String asDirector = page(DemoAccounts.DIRECTOR, "/reports/" + report);
        assertThat(asDirector).contains("id=\"report-read\"", "Chiffres au").doesNotContain("name=\"remarks\"");
        assertThat(page(DemoAccounts.ADMIN, "/reports/" + report + "/print")).contains("report-print");

        // the expert of the structure's group reads it; an expert of another group does not
        long group = jdbc.queryForObject("select working_group_id from structure where id = ?", Long.class, structure);
        boolean expertOfGroup = jdbc.queryForObject(
                        "select count(*) from role_grant g join app_user u on u.id = g.user_id where u.email = ?"
                                + " and g.role = 'EXPERT' and g.working_group_id = ?",
                        Long.class,
                        DemoAccounts.EXPERT,
                        group)
                > 0;
        assertThat(status(DemoAccounts.EXPERT, "/reports/" + report)).isEqualTo(expertOfGroup ? 200 : 404);

        // funders read figures only: never a report, its list or its print
        assertThat(status(DemoAccounts.FUNDER, "/reports/" + report)).isEqualTo(404);
        assertThat(status(DemoAccounts.FUNDER, "/reports/" + report + "/print")).isEqualTo(404);
        assertThat(status(DemoAccounts.FUNDER, "/structures/" + structure + "/reports"))
                .isEqualTo(404);
        assertThat(status(DemoAccounts.FUNDER, "/admin/reports")).isEqualTo(404);
        assertThat(status(DemoAccounts.REFERENT, "/admin/reports")).isEqualTo(404);
        long inDepartement = jdbc.queryForObject(
                "select s.id from semester_report r join structure s on s.id = r.structure_id"
                        + " where s.network_id = ? and s.departement = '13' order by r.id limit 1",
                Long.class,
                DemoNetworks.mainId(jdbc));
        assertThat(status(DemoAccounts.FUNDER, "/structures/" + inDepartement + "/reports"))
                .isEqualTo(404);
        // another network's referent gets a 404
        assertThat(status(DemoAccounts.OTHER_REFERENT, "/reports/" + report)).isEqualTo(404);
    }

    @Test
    void thePilotSeesItsStructuresReportsWithTheOverdueOnesAndTheAdminTheNetwork() throws Exception {
        long union = pilotUnion();
        String reports = page(DemoAccounts.PILOT, "/uts/" + union + "/reports");
        assertThat(reports).contains("id=\"union-structure-reports\"", "id=\"union-reports\"", "report-overdue");
        String name = jdbc.queryForObject(
                "select name from structure where territorial_union_id = ? order by id limit 1", String.class, union);
        assertThat(reports).contains(name.replace("'", "&#39;"));
        assertThat(page(DemoAccounts.ADMIN, "/admin/reports")).contains("id=\"network-reports\"", "due-date-form");
        // the UT's report is the pilot's and the admin's only
        assertThat(status(DemoAccounts.REFERENT, "/uts/" + union + "/reports")).isEqualTo(404);
        long unionReport = jdbc.queryForObject(
                "select id from semester_report where territorial_union_id = ? order by id limit 1", Long.class, union);
        assertThat(status(DemoAccounts.EXPERT, "/reports/" + unionReport)).isEqualTo(404);
        assertThat(page(DemoAccounts.PILOT, "/reports/" + unionReport)).contains("Indicateurs de l&#39;UT");
    }

    @Test
    void theReferentSubmitsAndOnlyTheDirectorSignsOff() throws Exception {
        long structure = referentStructure();
        Semester current = Semester.of(LocalDate.now(ZoneId.of("Europe/Paris")));
        // this test owns the current semester's report of the referent's structure
        jdbc.update(
                "delete from semester_report where structure_id = ? and year = ? and half = ?",
                structure,
                current.year(),
                current.half());
        Cookie referent = SignIn.as(mvc, DemoAccounts.REFERENT);
        // the director does not open a report
        assertThat(mvc.perform(post("/structures/" + structure + "/reports")
                                .param("semester", current.code())
                                .cookie(SignIn.as(mvc, DemoAccounts.DIRECTOR))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        String location = mvc.perform(post("/structures/" + structure + "/reports")
                        .param("semester", current.code())
                        .cookie(referent)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/reports/");
        long id = Long.parseLong(location.substring("/reports/".length()));
        // pre-filled from the profile
        assertThat(page(DemoAccounts.REFERENT, location)).contains("name=\"authorEmail\"", "referent@reseau-demo.fr");

        // missing fields: every one listed, the typed text kept, nothing saved
        String refused = mvc.perform(post(location + "/submit")
                        .param("madeAt", "Lieu tape avant le refus")
                        .param("remarks", "Remarque a ne pas perdre")
                        .cookie(referent)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains("id=\"report-errors\"", "Remarque a ne pas perdre", "Lieu tape avant le refus")
                .contains(
                        "href=\"#organisationalMeasures\"", "href=\"#benefitCommunication\"", "href=\"#deliverables\"");
        assertThat(jdbc.queryForObject("select remarks from semester_report where id = ?", String.class, id))
                .isNull();

        assertThat(mvc.perform(complete(post(location + "/submit"))
                                .cookie(referent)
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo(location);
        assertThat(page(DemoAccounts.REFERENT, location))
                .contains("Chiffres au")
                .doesNotContain("id=\"report-form\"");
        // read-only: a later save is refused and changes nothing
        mvc.perform(
                post(location).param("remarks", "Trop tard").cookie(referent).with(csrf()));
        assertThat(jdbc.queryForObject("select remarks from semester_report where id = ?", String.class, id))
                .isNull();

        assertThat(mvc.perform(post(location + "/sign").cookie(referent).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(post(location + "/sign")
                                .cookie(SignIn.as(mvc, DemoAccounts.ADMIN))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        Cookie director = SignIn.as(mvc, DemoAccounts.DIRECTOR);
        assertThat(page(DemoAccounts.DIRECTOR, location)).contains("id=\"sign-form\"");
        mvc.perform(post(location + "/sign").cookie(director).with(csrf()));
        assertThat(jdbc.queryForObject("select status from semester_report where id = ?", String.class, id))
                .isEqualTo("SIGNED");
        assertThat(page(DemoAccounts.DIRECTOR, location))
                .contains("id=\"report-signed\"")
                .doesNotContain("id=\"sign-form\"");
    }
}
