package fr.pilotis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pilotis.access.ActivationLink;
import fr.pilotis.access.PeopleAdministration;
import fr.pilotis.access.PersonDetails;
import fr.pilotis.shared.Tenancy;
import fr.pilotis.support.DatabaseFingerprint;
import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.DemoNetworks;
import fr.pilotis.support.IdSource;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.Route;
import fr.pilotis.support.RouteIds;
import fr.pilotis.support.RouteRequests;
import fr.pilotis.support.Routes;
import fr.pilotis.support.SignIn;
import fr.pilotis.support.Targets;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every state-changing route (read from the MVC handler mappings), requested by a signed-in network
 * admin without a CSRF token, is refused with 403 before its handler runs, and the database is left
 * as it was; signing in and out need the token too.
 */
@PilotisTest
class CsrfTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PeopleAdministration people;

    @TestFactory
    Stream<DynamicTest> everyStateChangingRouteRefusesARequestWithoutToken() {
        List<Route> routes =
                Routes.all(context).stream().filter(Route::changesState).toList();
        assertThat(routes)
                .as("state-changing routes found in the handler mappings")
                .isNotEmpty();
        Targets ownNetwork = Targets.ofMainNetwork(jdbc);
        Cookie admin = SignIn.as(mvc, DemoAccounts.ADMIN);

        return routes.stream()
                .map(route -> dynamicTest(route + " without a CSRF token", () -> {
                    // the admin's own rows: were the token not checked, these requests would reach their handler
                    String path = route.path(variable -> {
                        if (variable.equals("token")) { // an activation link's
                            return newActivationToken();
                        }
                        IdSource source = RouteIds.SOURCES.get(variable);
                        if (source == null) {
                            fail(
                                    "%s: no id source for the path variable {%s}; register it in RouteIds.SOURCES",
                                    route, variable);
                        }
                        return source.find(ownNetwork).id();
                    });
                    Map<String, String> before = DatabaseFingerprint.of(jdbc);

                    MvcResult result = RouteRequests.perform(mvc, route, path, admin, false);

                    assertThat(result.getResponse().getStatus())
                            .as("%s (%s)", route, path)
                            .isEqualTo(403);
                    assertThat(result.getHandler())
                            .as("%s reached a handler", route)
                            .isNull();
                    assertThat(DatabaseFingerprint.of(jdbc))
                            .as("%s changed the database", route)
                            .isEqualTo(before);
                }));
    }

    @Test
    void anActivationWithoutTokenSetsNoPassword() throws Exception {
        String token = newActivationToken();
        Map<String, String> before = DatabaseFingerprint.of(jdbc);

        mvc.perform(post("/activation/" + token)
                        .param("password", "une phrase de passe assez longue")
                        .param("confirmation", "une phrase de passe assez longue"))
                .andExpect(status().isForbidden());

        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
        // with the token, the same form goes through: the refusal above was the token's doing
        mvc.perform(post("/activation/" + token)
                        .param("password", "une phrase de passe assez longue")
                        .param("confirmation", "une phrase de passe assez longue")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?activated"));
    }

    @Test
    void aSignInWithoutTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", DemoAccounts.PILOT).param("password", DemoAccounts.PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void aSignOutWithoutTokenDoesNotSignOut() throws Exception {
        Cookie session = SignIn.as(mvc, DemoAccounts.REFERENT);

        mvc.perform(post("/logout").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(get("/profile").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/logout").cookie(session)).andReturn();
        mvc.perform(get("/profile").cookie(session)).andExpect(status().isOk());

        // with the token it does sign out, and the check above would have seen it
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/profile").cookie(session)).andExpect(status().is3xxRedirection());
    }

    private String newActivationToken() {
        int n = ThreadLocalRandom.current().nextInt(1_000_000_000);
        ActivationLink link = Tenancy.callInNetwork(
                DemoNetworks.mainId(jdbc),
                () -> people.createPerson(
                        new PersonDetails("csrf-" + n + "@reseau-demo.fr", "Camille", "Jeton" + n, null, null)));
        return link.url().substring(link.url().lastIndexOf('/') + 1);
    }
}
