package fr.pilotis.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Signs in through the real form and returns the session cookie: sessions live in PostgreSQL
 * (Spring Session), so requests carry the cookie as a browser does.
 */
public final class SignIn {

    private SignIn() {}

    public static Cookie as(MockMvc mvc, String email) {
        try {
            MvcResult result = mvc.perform(formLogin("/login").user(email).password(DemoAccounts.PASSWORD))
                    .andReturn();
            Cookie session = result.getResponse().getCookie("SESSION");
            if (session == null || !"/".equals(result.getResponse().getRedirectedUrl())) {
                throw new IllegalStateException("sign-in failed for " + email);
            }
            return session;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
