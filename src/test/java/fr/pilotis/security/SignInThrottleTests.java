package fr.pilotis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pilotis.access.PeopleAdministration;
import fr.pilotis.access.PersonDetails;
import fr.pilotis.shared.Tenancy;
import fr.pilotis.support.DemoNetworks;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.RouteRequests;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * Guessing passwords: an account is closed for a while after a few failures, an address after many
 * failures on any accounts, and a success forgets the account's failures. The accounts and
 * addresses are this test's own, so that no other test is locked out.
 */
@PilotisTest
class SignInThrottleTests {

    private static final String PASSWORD = "un mot de passe pour ce test";

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleAdministration people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    Environment environment;

    private final List<String> emails = new ArrayList<>();
    private final List<String> addresses = new ArrayList<>();

    @AfterEach
    void forgetTheFailures() {
        emails.forEach(email -> jdbc.update("delete from sign_in_failure where email = ?", email));
        addresses.forEach(address -> jdbc.update("delete from sign_in_failure where address = ?", address));
    }

    @Test
    void afterTooManyFailuresEvenTheRightPasswordIsRefused() throws Exception {
        String email = newAccount();
        // from a different address each time: the account's own count decides
        for (int i = 0; i < maxPerAccount(); i++) {
            signIn(email, "pas le bon", newAddress()).andExpect(redirectedUrl("/login?error"));
        }

        signIn(email, PASSWORD, newAddress())
                .andExpect(redirectedUrl("/login?refused"))
                .andExpect(unauthenticated());

        String page = RouteRequests.body(
                mvc.perform(get("/login?refused")).andExpect(status().isOk()).andReturn());
        assertThat(HtmlUtils.htmlUnescape(page))
                .contains(messages.getMessage("login.refused", null, Locale.FRENCH))
                .contains("Trop de tentatives de connexion ont échoué");
    }

    @Test
    void failuresOnManyAccountsFromOneAddressCloseThatAddress() throws Exception {
        String address = newAddress();
        int max = environment.getProperty("pilotis.sign-in.max-failures-per-address", Integer.class, 30);
        for (int i = 0; i < max; i++) {
            signIn(unknownEmail(), "pas le bon", address).andExpect(redirectedUrl("/login?error"));
        }
        String email = newAccount();

        signIn(email, PASSWORD, address)
                .andExpect(redirectedUrl("/login?refused"))
                .andExpect(unauthenticated());
        // the account itself is not suspected: from elsewhere it signs in
        signIn(email, PASSWORD, newAddress()).andExpect(redirectedUrl("/")).andExpect(authenticated());
    }

    @Test
    void aSuccessfulSignInForgetsTheAccountsFailures() throws Exception {
        String email = newAccount();
        for (int i = 0; i < maxPerAccount() - 1; i++) {
            signIn(email, "pas le bon", newAddress()).andExpect(redirectedUrl("/login?error"));
        }
        signIn(email, PASSWORD, newAddress()).andExpect(redirectedUrl("/")).andExpect(authenticated());
        assertThat(jdbc.queryForObject("select count(*) from sign_in_failure where email = ?", Integer.class, email))
                .isZero();

        // as many failures again: together with the forgotten ones they would have closed the account
        for (int i = 0; i < maxPerAccount() - 1; i++) {
            signIn(email, "pas le bon", newAddress()).andExpect(redirectedUrl("/login?error"));
        }
        signIn(email, PASSWORD, newAddress()).andExpect(redirectedUrl("/")).andExpect(authenticated());
    }

    @Test
    void theSessionIdChangesAtSignIn() throws Exception {
        String email = newAccount();
        Cookie before = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
        assertThat(before)
                .as("the sign-in page opens a session for its CSRF token")
                .isNotNull();

        MvcResult signIn = signIn(email, PASSWORD, newAddress(), before)
                .andExpect(redirectedUrl("/"))
                .andReturn();

        Cookie after = signIn.getResponse().getCookie("SESSION");
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        mvc.perform(get("/profile").cookie(after)).andExpect(status().isOk());
        mvc.perform(get("/profile").cookie(before)).andExpect(redirectedUrl("/login"));
    }

    private ResultActions signIn(String email, String password, String address) throws Exception {
        return signIn(email, password, address, null);
    }

    private ResultActions signIn(String email, String password, String address, Cookie session) throws Exception {
        var request = post("/login")
                .param("username", email)
                .param("password", password)
                .with(csrf())
                .with(from(address));
        if (session != null) {
            request.cookie(session);
        }
        return mvc.perform(request);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private int maxPerAccount() {
        return environment.getProperty("pilotis.sign-in.max-failures-per-account", Integer.class, 5);
    }

    private String newAccount() {
        String email = "verrou-" + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@reseau-demo.fr";
        String hash = people.hashPassword(PASSWORD);
        Tenancy.runInNetwork(
                DemoNetworks.mainId(jdbc),
                () -> people.createActivatedPerson(new PersonDetails(email, "Alix", "Verrou", null, null), hash));
        emails.add(email);
        return email;
    }

    private String unknownEmail() {
        String email = "personne-" + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@reseau-demo.fr";
        emails.add(email);
        return email;
    }

    private String newAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
        addresses.add(address);
        return address;
    }
}
