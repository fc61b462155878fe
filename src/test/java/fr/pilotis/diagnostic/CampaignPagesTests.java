package fr.pilotis.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pilotis.access.GrantRequest;
import fr.pilotis.access.PeopleAdministration;
import fr.pilotis.access.PersonDetails;
import fr.pilotis.access.Role;
import fr.pilotis.diagnostic.DiagnosticWorld.World;
import fr.pilotis.organisation.OrganisationAdministration;
import fr.pilotis.organisation.ProgrammePhase;
import fr.pilotis.organisation.StructureDetails;
import fr.pilotis.organisation.StructureType;
import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.SignIn;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The network admin's campaigns, and a structure's list of diagnostics with the referent's "Start". */
@PilotisTest
class CampaignPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Campaigns campaigns;

    @Autowired
    SelfDiagnostics diagnostics;

    @Autowired
    OrganisationAdministration organisation;

    @Autowired
    PeopleAdministration people;

    World world;

    @BeforeEach
    void aWorld() {
        world = new DiagnosticWorld(context).create(true);
    }

    long referentialId() {
        return world.in(() -> campaigns.byYear(2026)).orElseThrow().referentialId();
    }

    @Test
    void theAdminListsCampaignsWithTheirDiagnosticsByStatus() throws Exception {
        Cookie admin = SignIn.as(mvc, world.admin());
        mvc.perform(get("/admin/campaigns").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<caption>Campagnes du réseau"),
                                containsString("<th scope=\"row\">2026</th>"),
                                containsString("Référentiel version 1"),
                                containsString("<td>Oui</td>"),
                                containsString("<td class=\"text-end\">3</td>"),
                                containsString("name=\"year\""),
                                containsString("name=\"referentialId\""),
                                containsString("name=\"opensOn\""),
                                containsString("name=\"directorSignOff\""))));
    }

    @Test
    void openingACampaignCreatesTheDiagnostics() throws Exception {
        Cookie admin = SignIn.as(mvc, world.admin());
        mvc.perform(post("/admin/campaigns")
                        .cookie(admin)
                        .with(csrf())
                        .param("year", "2027")
                        .param("referentialId", String.valueOf(referentialId()))
                        .param("opensOn", "2027-01-15")
                        .param("closesOn", "2027-06-30")
                        .param("directorSignOff", "true"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/campaigns"));
        CampaignView opened = world.in(() -> campaigns.byYear(2027)).orElseThrow();
        assertThat(opened.directorSignOff()).isTrue();
        assertThat(opened.opensOn()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(world.in(() -> campaigns.diagnosticCounts()).get(opened.id()))
                .containsEntry(DiagnosticStatus.DRAFT, 3L);
        mvc.perform(get("/admin/campaigns").cookie(admin))
                .andExpect(content().string(containsString("La campagne 2027 est ouverte.")));
    }

    @Test
    void badInputGetsAMessageNextToEachFieldAndNothingIsOpened() throws Exception {
        Cookie admin = SignIn.as(mvc, world.admin());
        mvc.perform(post("/admin/campaigns")
                        .cookie(admin)
                        .with(csrf())
                        .param("year", "2026")
                        .param("referentialId", "")
                        .param("opensOn", "2027-06-30")
                        .param("closesOn", "2027-01-15"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Une campagne existe déjà pour 2026."),
                                containsString("id=\"referentialId-error\""),
                                containsString("Ce champ est obligatoire."),
                                containsString("La date de clôture doit suivre la date d&#39;ouverture."),
                                containsString("aria-describedby=\"year-error\""))));
        mvc.perform(post("/admin/campaigns")
                        .cookie(admin)
                        .with(csrf())
                        .param("year", "deux mille")
                        .param("referentialId", "999999999")
                        .param("opensOn", "demain")
                        .param("closesOn", "2027-01-15"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"year-error\"")))
                .andExpect(content().string(containsString("id=\"opensOn-error\"")))
                .andExpect(content().string(containsString("Choisissez une version du référentiel de la liste.")));
        assertThat(world.in(() -> campaigns.list())).hasSize(1);
    }

    @Test
    void onlyTheNetworkAdminManagesCampaigns() throws Exception {
        for (String other : List.of(world.pilot(), world.expert1(), world.referentA(), world.funder())) {
            Cookie session = SignIn.as(mvc, other);
            mvc.perform(get("/admin/campaigns").cookie(session)).andExpect(status().isNotFound());
            mvc.perform(post("/admin/campaigns")
                            .cookie(session)
                            .with(csrf())
                            .param("year", "2030")
                            .param("referentialId", String.valueOf(referentialId()))
                            .param("opensOn", "2030-01-01")
                            .param("closesOn", "2030-02-01"))
                    .andExpect(status().isNotFound());
        }
        // another network's admin sees their own campaigns only
        mvc.perform(get("/admin/campaigns").cookie(SignIn.as(mvc, DemoAccounts.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Référentiel version 1 — " + world.slug()))));
        assertThat(world.in(() -> campaigns.byYear(2030))).isEmpty();
    }

    @Test
    void aStructuresDiagnosticsAreListedWithTheirProgress() throws Exception {
        String list = "/structures/" + world.structureA() + "/diagnostics";
        for (String reader :
                List.of(world.referentA(), world.directorA(), world.pilot(), world.expert1(), world.admin())) {
            mvc.perform(get(list).cookie(SignIn.as(mvc, reader)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Autodiagnostics — SSIAD Alpha")))
                    .andExpect(content().string(containsString("Brouillon")))
                    .andExpect(content().string(containsString("Aucun critère renseigné sur 49")))
                    .andExpect(content().string(containsString("href=\"/diagnostics/" + world.diagnosticA() + "\"")));
        }
        // funders see the status and progress, never a way into the answers
        mvc.perform(get(list).cookie(SignIn.as(mvc, world.funder())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Brouillon")))
                .andExpect(content().string(not(containsString("href=\"/diagnostics/"))));
        for (String outsider : List.of(world.expert2(), world.referentB(), DemoAccounts.ADMIN)) {
            mvc.perform(get(list).cookie(SignIn.as(mvc, outsider))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/structures/" + world.structureA()).cookie(SignIn.as(mvc, world.referentA())))
                .andExpect(content().string(containsString("href=\"" + list + "\"")));
    }

    @Test
    void aStructureAddedAfterTheCampaignOpenedStartsItsDiagnostic() throws Exception {
        long late = world.in(() -> organisation.createStructure(new StructureDetails(
                "130000009",
                "SAP Tardif",
                StructureType.SAP,
                "13",
                world.unionId(),
                world.group1(),
                ProgrammePhase.PREPARATORY,
                null,
                null)));
        String email = "referent-tardif@" + world.slug() + ".fr";
        world.in(() -> {
            long id = people.createActivatedPerson(
                    new PersonDetails(email, "Tardif", "Test", null, null), people.hashPassword(DemoAccounts.PASSWORD));
            return people.addGrant(id, new GrantRequest(Role.REFERENT, null, null, late, null));
        });
        String list = "/structures/" + late + "/diagnostics";

        mvc.perform(get(list).cookie(SignIn.as(mvc, world.pilot())))
                .andExpect(content().string(containsString("Non commencé")))
                .andExpect(content().string(not(containsString(">Commencer<"))));
        mvc.perform(post(list)
                        .cookie(SignIn.as(mvc, world.pilot()))
                        .with(csrf())
                        .param("campaignId", String.valueOf(world.campaignId())))
                .andExpect(status().isNotFound());

        Cookie referent = SignIn.as(mvc, email);
        mvc.perform(get(list).cookie(referent)).andExpect(content().string(containsString(">Commencer<")));
        String location = mvc.perform(post(list)
                        .cookie(referent)
                        .with(csrf())
                        .param("campaignId", String.valueOf(world.campaignId())))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/diagnostics/\\d+");
        mvc.perform(get(location).cookie(referent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SAP Tardif")));
        assertThat(world.in(() -> diagnostics.ofStructure(late))).hasSize(1);
        mvc.perform(post(list).cookie(referent).with(csrf()).param("campaignId", "999999999"))
                .andExpect(status().isNotFound());
    }
}
