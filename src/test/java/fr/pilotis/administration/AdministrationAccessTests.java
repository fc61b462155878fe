package fr.pilotis.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pilotis.organisation.Networks;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.SignIn;
import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Who reaches the administration pages: the network's admin only; everyone else gets a 404. */
@PilotisTest
class AdministrationAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    OrganisationDirectory directory;

    @Test
    void theAdministrationPagesAreOneMenuInTheAdminsBarAndNobodyElsesBar() throws Exception {
        String page = mvc.perform(get("/admin/people").cookie(SignIn.as(mvc, DemoAccounts.ADMIN)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String menu = page.replaceAll("(?s).*<ul class=\"dropdown-menu\">(.*?)</ul>.*", "$1");
        assertThat(menu)
                .contains(
                        "href=\"/admin\"",
                        "href=\"/admin/structures\"",
                        "href=\"/admin/people\"",
                        "href=\"/admin/referentials\"",
                        "href=\"/admin/campaigns\"")
                .containsPattern("href=\"/admin/people\"[^>]*aria-current=\"page\"")
                .doesNotContain("/admin/results");
        // each page once: the menu's pages are not repeated in the bar
        assertThat(page.split("href=\"/admin/structures\"", -1)).hasSize(2);

        Cookie pilot = SignIn.as(mvc, DemoAccounts.PILOT);
        String home =
                mvc.perform(get("/").cookie(pilot)).andReturn().getResponse().getRedirectedUrl();
        String pilots = mvc.perform(get(home).cookie(pilot))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(pilots).contains("main-nav").doesNotContain("dropdown-toggle", "href=\"/admin/structures\"");
    }

    @Test
    void theAdminSeesEveryPage() throws Exception {
        Cookie admin = SignIn.as(mvc, DemoAccounts.ADMIN);
        long main = DemoNetworks.main(networks);
        StructureSummary structure = DemoNetworks.in(main, () -> directory.structures(StructureScope.wholeNetwork()))
                .get(0);
        long unionId = structure.territorialUnionId();
        long groupId = structure.workingGroupId();
        String adminId = mvc.perform(get("/admin/people").cookie(admin))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("(?s).*?/admin/people/(\\d+).*", "$1");

        for (String page : new String[] {
            "/admin",
            "/admin/uts",
            "/admin/uts/" + unionId + "/edit",
            "/admin/groups",
            "/admin/groups/" + groupId,
            "/admin/structures",
            "/admin/structures?q=SSIAD&page=0",
            "/admin/structures/new",
            "/admin/structures/" + structure.id() + "/edit",
            "/admin/people",
            "/admin/people/new",
            "/admin/people/" + adminId
        }) {
            mvc.perform(get(page).cookie(admin))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("<h1")));
        }
    }

    @Test
    void theAdminHomeCountsTheOrganisation() throws Exception {
        Cookie admin = SignIn.as(mvc, DemoAccounts.ADMIN);
        mvc.perform(get("/admin").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Structures par type et par phase")))
                .andExpect(content().string(Matchers.containsString("/admin/uts")))
                .andExpect(content().string(Matchers.containsString("/admin/groups")))
                .andExpect(content().string(Matchers.containsString("/admin/structures")))
                .andExpect(content().string(Matchers.containsString("/admin/people")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                DemoAccounts.PILOT,
                DemoAccounts.EXPERT,
                DemoAccounts.REFERENT,
                DemoAccounts.DIRECTOR,
                DemoAccounts.FUNDER
            })
    void anyoneElseGetsNotFound(String email) throws Exception {
        Cookie session = SignIn.as(mvc, email);
        long main = DemoNetworks.main(networks);
        StructureSummary structure = DemoNetworks.in(main, () -> directory.structures(StructureScope.wholeNetwork()))
                .get(0);
        for (String page : new String[] {
            "/admin",
            "/admin/uts",
            "/admin/uts/" + structure.territorialUnionId() + "/edit",
            "/admin/groups",
            "/admin/groups/" + structure.workingGroupId(),
            "/admin/structures",
            "/admin/structures/new",
            "/admin/structures/" + structure.id() + "/edit",
            "/admin/people",
            "/admin/people/new"
        }) {
            mvc.perform(get(page).cookie(session)).andExpect(status().isNotFound());
        }
        mvc.perform(post("/admin/uts")
                        .param("name", "UT pirate " + DemoNetworks.unique())
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/structures/" + structure.id())
                        .param("name", "Renommée")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOtherNetworksAdminDoesNotReachThisNetworksRows() throws Exception {
        Cookie otherAdmin = SignIn.as(mvc, DemoAccounts.OTHER_ADMIN);
        long main = DemoNetworks.main(networks);
        StructureSummary structure = DemoNetworks.in(main, () -> directory.structures(StructureScope.wholeNetwork()))
                .get(0);
        mvc.perform(get("/admin").cookie(otherAdmin)).andExpect(status().isOk());
        mvc.perform(get("/admin/uts/" + structure.territorialUnionId() + "/edit")
                        .cookie(otherAdmin))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/groups/" + structure.workingGroupId()).cookie(otherAdmin))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/structures/" + structure.id() + "/edit").cookie(otherAdmin))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/structures").cookie(otherAdmin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(structure.finess()))));
    }

    @Test
    void anIdThatIsNotANumberIsNotFound() throws Exception {
        Cookie admin = SignIn.as(mvc, DemoAccounts.ADMIN);
        mvc.perform(get("/admin/structures/abc/edit").cookie(admin)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/people/abc").cookie(admin)).andExpect(status().isNotFound());
    }
}
