package fr.pilotis.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pilotis.organisation.Networks;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.shared.Tenancy;
import fr.pilotis.support.PilotisTest;
import jakarta.servlet.http.Cookie;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Taking a role away ends the person's open sessions at once. */
@PilotisTest
class GrantRevocationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleAdministration people;

    @Autowired
    OrganisationDirectory organisation;

    @Autowired
    Networks networks;

    @Test
    void aPilotWhoseGrantIsRemovedIsSignedOut() throws Exception {
        long network = Tenancy.callAcrossNetworks(() -> networks.findIdBySlug("reseau-demo"))
                .orElseThrow();
        String email = "pilote.temporaire" + ThreadLocalRandom.current().nextInt(1_000_000) + "@reseau-demo.fr";
        long[] ids = Tenancy.callInNetwork(network, () -> {
            long unionId = organisation.unions().get(0).id();
            long userId = people.createActivatedPerson(
                    new PersonDetails(email, "Paul", "Provisoire", null, null), people.hashPassword("demo"));
            long grantId = people.addGrant(userId, new GrantRequest(Role.PILOT, unionId, null, null, null));
            return new long[] {userId, grantId, unionId};
        });
        Cookie session = mvc.perform(formLogin("/login").user(email).password("demo"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        mvc.perform(get("/uts/" + ids[2]).cookie(session)).andExpect(status().isOk());

        Tenancy.runInNetwork(network, () -> people.removeGrant(ids[0], ids[1]));

        mvc.perform(get("/uts/" + ids[2]).cookie(session)).andExpect(redirectedUrl("/login"));
    }
}
