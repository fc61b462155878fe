package fr.pilotis.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pilotis.access.PeopleAdministration;
import fr.pilotis.access.PersonView;
import fr.pilotis.access.Role;
import fr.pilotis.organisation.Networks;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.SignIn;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PilotisTest
class PeopleAdministrationPagesTests {

    private static final Pattern LINK = Pattern.compile("https?://[^\"<\\s]*/activation/([A-Za-z0-9_-]+)");
    private static final String NEW_PASSWORD = "une phrase assez longue";

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    PeopleAdministration people;

    @Autowired
    JdbcTemplate jdbc;

    Cookie admin;
    long main;

    @BeforeEach
    void signIn() {
        admin = SignIn.as(mvc, DemoAccounts.ADMIN);
        main = DemoNetworks.main(networks);
    }

    @Test
    void theListShowsPeopleWithTheirRolesAndAccountState() throws Exception {
        mvc.perform(get("/admin/people").cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(DemoAccounts.PILOT)))
                .andExpect(content().string(containsString("Pilote UT")))
                .andExpect(content().string(containsString("Activé")))
                .andExpect(content().string(Matchers.not(containsString(DemoAccounts.OTHER_ADMIN))));
    }

    @Test
    void aNewPersonGetsALinkThatLetsThemChooseAPasswordOnce() throws Exception {
        String email = "nouvelle." + DemoNetworks.unique() + "@exemple.fr";
        String page = createPerson(email)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/activation/")))
                .andExpect(content().string(containsString("affiché qu")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = token(page);
        PersonView created = person(email);
        assertThat(created.activated()).isFalse();

        mvc.perform(get("/activation/" + token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"password\"")));
        mvc.perform(post("/activation/" + token)
                        .param("password", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?activated"));
        mvc.perform(formLogin("/login").user(email).password(NEW_PASSWORD)).andExpect(authenticated());

        mvc.perform(get("/activation/" + token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a déjà servi")))
                .andExpect(content().string(Matchers.not(containsString("name=\"password\""))));
        mvc.perform(post("/activation/" + token)
                        .param("password", "une autre phrase longue")
                        .param("confirmation", "une autre phrase longue")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a déjà servi")));
    }

    @Test
    void anExpiredLinkSaysSo() throws Exception {
        String email = "expiree." + DemoNetworks.unique() + "@exemple.fr";
        String token = token(createPerson(email).andReturn().getResponse().getContentAsString());
        jdbc.update(
                "update activation_token set expires_at = now() - interval '1 day'"
                        + " where user_id = (select id from app_user where email = ?)",
                email);

        mvc.perform(get("/activation/" + token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a expiré")));
        mvc.perform(post("/activation/" + token)
                        .param("password", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("a expiré")));
        assertThat(person(email).activated()).isFalse();
    }

    @Test
    void aNewLinkReplacesTheEarlierOne() throws Exception {
        String email = "relance." + DemoNetworks.unique() + "@exemple.fr";
        String first = token(createPerson(email).andReturn().getResponse().getContentAsString());
        long id = person(email).id();

        String second = token(mvc.perform(post("/admin/people/" + id + "/activation-link")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(second).isNotEqualTo(first);
        mvc.perform(get("/activation/" + first)).andExpect(content().string(containsString("a déjà servi")));
        mvc.perform(get("/activation/" + second)).andExpect(content().string(containsString("name=\"password\"")));
    }

    @Test
    void anInvalidEmailIsRefused() throws Exception {
        refusedCreation("pas-une-adresse", "Saisissez une adresse e-mail valide");
    }

    @Test
    void anEmailAlreadyUsedIsRefused() throws Exception {
        refusedCreation(DemoAccounts.PILOT, "Cette adresse e-mail est déjà utilisée par un compte.");
        // the platform's sign-in name: taken even when the account is another network's
        refusedCreation(DemoAccounts.OTHER_ADMIN, "Cette adresse e-mail est déjà utilisée par un compte.");
    }

    @Test
    void emptyNamesAreRefused() throws Exception {
        int before = everyone().size();
        String body = mvc.perform(post("/admin/people")
                        .param("email", "sans.nom." + DemoNetworks.unique() + "@exemple.fr")
                        .param("firstName", "")
                        .param("lastName", "  ")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains("id=\"firstName-error\"").contains("id=\"lastName-error\"");
        assertThat(body.split("Ce champ est obligatoire.", -1)).hasSize(3);
        assertThat(everyone()).hasSize(before);
    }

    @Test
    void anEditWithAnEmailAlreadyUsedIsRefused() throws Exception {
        String email = "edition." + DemoNetworks.unique() + "@exemple.fr";
        createPerson(email);
        long id = person(email).id();
        mvc.perform(post("/admin/people/" + id)
                        .param("email", DemoAccounts.EXPERT)
                        .param("firstName", "Edith")
                        .param("lastName", "Changée")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cette adresse e-mail est déjà utilisée")));
        assertThat(person(email).lastName()).isEqualTo("Essai");

        mvc.perform(post("/admin/people/" + id)
                        .param("email", email)
                        .param("firstName", "Edith")
                        .param("lastName", "Changée")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/people/" + id));
        assertThat(person(email).lastName()).isEqualTo("Changée");
    }

    @Test
    void grantsAreGivenWithTheirScopeAndTakenAway() throws Exception {
        String email = "roles." + DemoNetworks.unique() + "@exemple.fr";
        createPerson(email);
        long id = person(email).id();
        long unionId = DemoNetworks.in(main, () -> directory.unions()).get(0).id();

        mvc.perform(grant(id, "PILOT").param("territorialUnionId", String.valueOf(unionId)))
                .andExpect(redirectedUrl("/admin/people/" + id));
        mvc.perform(grant(id, "FUNDER").param("departements", "13, 83 2a"))
                .andExpect(redirectedUrl("/admin/people/" + id));

        PersonView person = person(email);
        assertThat(person.grants()).extracting(g -> g.role()).containsExactlyInAnyOrder(Role.PILOT, Role.FUNDER);
        assertThat(person.grants())
                .filteredOn(g -> g.role() == Role.FUNDER)
                .first()
                .satisfies(g -> assertThat(g.departements()).containsExactlyInAnyOrder("13", "83", "2A"));
        mvc.perform(get("/admin/people/" + id).cookie(admin))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(DemoNetworks.in(main, () -> directory.unions())
                                .get(0)
                                .name())));

        long pilotGrant = person.grants().stream()
                .filter(g -> g.role() == Role.PILOT)
                .findFirst()
                .orElseThrow()
                .id();
        mvc.perform(post("/admin/people/" + id + "/grants/" + pilotGrant + "/remove")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/people/" + id));
        assertThat(person(email).grants()).extracting(g -> g.role()).containsExactly(Role.FUNDER);
    }

    @Test
    void aGrantOverAUnionOfAnotherNetworkIsRefused() throws Exception {
        long otherUnion = DemoNetworks.in(DemoNetworks.other(networks), () -> directory.unions())
                .get(0)
                .id();
        refusedGrant(
                "PILOT",
                "territorialUnionId",
                String.valueOf(otherUnion),
                "Choisissez une union territoriale du réseau.");
    }

    @Test
    void aGrantOverAGroupOrAStructureOfAnotherNetworkIsRefused() throws Exception {
        long other = DemoNetworks.other(networks);
        long otherGroup =
                DemoNetworks.in(other, () -> directory.groups()).get(0).id();
        long otherStructure = DemoNetworks.in(
                        other, () -> directory.structures(fr.pilotis.organisation.StructureScope.wholeNetwork()))
                .get(0)
                .id();
        refusedGrant(
                "EXPERT", "workingGroupId", String.valueOf(otherGroup), "Choisissez un groupe de travail du réseau.");
        refusedGrant("REFERENT", "structureId", String.valueOf(otherStructure), "Choisissez une structure du réseau.");
    }

    @Test
    void aGrantWithAValueThatIsNotAnIdIsRefused() throws Exception {
        refusedGrant("DIRECTOR", "structureId", "12abc", "Choisissez une valeur dans la liste.");
        refusedGrant("NOT_A_ROLE", "departements", "13", "Valeur non valide.");
        refusedGrant("FUNDER", "departements", "13, 99", "Saisissez un code de département valide");
        refusedGrant("PILOT", "territorialUnionId", "", "Ce champ est obligatoire.");
    }

    @Test
    void aPersonOfAnotherNetworkIsNotFound() throws Exception {
        long otherPerson = DemoNetworks.in(DemoNetworks.other(networks), () -> people.people())
                .get(0)
                .id();
        mvc.perform(get("/admin/people/" + otherPerson).cookie(admin)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/people/" + otherPerson + "/disable")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/people/" + otherPerson + "/activation-link")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(grant(otherPerson, "NETWORK_ADMIN")).andExpect(status().isNotFound());
    }

    @Test
    void aDisabledPersonCannotSignInUntilEnabledAgain() throws Exception {
        String email = "desactivee." + DemoNetworks.unique() + "@exemple.fr";
        String token = token(createPerson(email).andReturn().getResponse().getContentAsString());
        mvc.perform(post("/activation/" + token)
                .param("password", NEW_PASSWORD)
                .param("confirmation", NEW_PASSWORD)
                .with(csrf()));
        long id = person(email).id();

        mvc.perform(post("/admin/people/" + id + "/disable").cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/people/" + id));
        assertThat(person(email).enabled()).isFalse();
        mvc.perform(formLogin("/login").user(email).password(NEW_PASSWORD))
                .andExpect(
                        org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers
                                .unauthenticated());

        mvc.perform(post("/admin/people/" + id + "/enable").cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/people/" + id));
        mvc.perform(formLogin("/login").user(email).password(NEW_PASSWORD)).andExpect(authenticated());
    }

    @Test
    void theAdminCannotLockThemselvesOut() throws Exception {
        PersonView self = person(DemoAccounts.ADMIN);
        long adminGrant = self.grants().stream()
                .filter(g -> g.role() == Role.NETWORK_ADMIN)
                .findFirst()
                .orElseThrow()
                .id();
        mvc.perform(post("/admin/people/" + self.id() + "/disable")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/people/" + self.id()));
        mvc.perform(post("/admin/people/" + self.id() + "/grants/" + adminGrant + "/remove")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/people/" + self.id()));
        PersonView after = person(DemoAccounts.ADMIN);
        assertThat(after.enabled()).isTrue();
        assertThat(after.grants()).anyMatch(g -> g.role() == Role.NETWORK_ADMIN);
    }

    private org.springframework.test.web.servlet.ResultActions createPerson(String email) throws Exception {
        return mvc.perform(post("/admin/people")
                .param("email", email)
                .param("firstName", "Edith")
                .param("lastName", "Essai")
                .param("jobTitle", "Référente qualité")
                .param("phone", "04 91 00 00 00")
                .cookie(admin)
                .with(csrf()));
    }

    private void refusedCreation(String email, String message) throws Exception {
        int before = everyone().size();
        mvc.perform(post("/admin/people")
                        .param("email", email)
                        .param("firstName", "Edith")
                        .param("lastName", "Refusée")
                        .cookie(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("id=\"email-error\"")))
                .andExpect(content().string(Matchers.not(containsString("/activation/"))));
        assertThat(everyone()).hasSize(before);
    }

    private void refusedGrant(String role, String field, String value, String message) throws Exception {
        String email = "refus." + DemoNetworks.unique() + "@exemple.fr";
        createPerson(email);
        long id = person(email).id();
        mvc.perform(grant(id, role).param(field, value))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)));
        assertThat(person(email).grants()).isEmpty();
    }

    private MockHttpServletRequestBuilder grant(long personId, String role) {
        return post("/admin/people/" + personId + "/grants")
                .param("role", role)
                .cookie(admin)
                .with(csrf());
    }

    private static String token(String page) {
        Matcher matcher = LINK.matcher(page);
        assertThat(matcher.find()).as("an activation link in the page").isTrue();
        return matcher.group(1);
    }

    private PersonView person(String email) {
        return everyone().stream()
                .filter(p -> p.email().equals(email))
                .findFirst()
                .orElseThrow();
    }

    private List<PersonView> everyone() {
        return DemoNetworks.in(main, () -> people.people());
    }
}
