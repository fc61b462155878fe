package fr.pilotis.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.PilotisTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PilotisTest
class SignInTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource({
        DemoAccounts.ADMIN + ", /admin",
        DemoAccounts.PILOT + ", /uts/",
        DemoAccounts.EXPERT + ", /groups",
        DemoAccounts.REFERENT + ", /structures/",
        DemoAccounts.DIRECTOR + ", /structures/",
        DemoAccounts.FUNDER + ", /funder"
    })
    void eachRoleLandsOnItsOwnHome(String email, String home) throws Exception {
        MvcResult signIn = mvc.perform(formLogin("/login").user(email).password(DemoAccounts.PASSWORD))
                .andExpect(authenticated())
                .andExpect(redirectedUrl("/"))
                .andReturn();
        Cookie session = signIn.getResponse().getCookie("SESSION");

        MvcResult landing = mvc.perform(get("/").cookie(session))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(landing.getResponse().getRedirectedUrl()).startsWith(home);
        mvc.perform(get(landing.getResponse().getRedirectedUrl()).cookie(session))
                .andExpect(status().isOk());
    }

    @ParameterizedTest
    @CsvSource({DemoAccounts.PILOT + ", wrong-password", "nobody@reseau-demo.fr, demo"})
    void aWrongPasswordOrUnknownEmailIsRefusedWithTheSameMessage(String email, String password) throws Exception {
        mvc.perform(formLogin("/login").user(email).password(password))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }
}
