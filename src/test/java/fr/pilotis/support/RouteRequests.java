package fr.pilotis.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

/** Requests a {@link Route} the way its mapping expects, and reads what came back. */
public final class RouteRequests {

    private RouteRequests() {}

    /** GET as GET; other methods with no body, and with a CSRF token when asked. */
    public static MvcResult perform(MockMvc mvc, Route route, String path, Cookie session, boolean withCsrfToken) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(route.method(), path);
        if (session != null) {
            request.cookie(session);
        }
        route.params().forEach(request::param);
        route.headers().forEach(request::header);
        if (route.contentType() != null && route.changesState()) {
            request.contentType(route.contentType());
        }
        if (withCsrfToken && route.changesState()) {
            request.with(csrf());
        }
        try {
            return mvc.perform(request).andReturn();
        } catch (Exception e) {
            throw new IllegalStateException(route + " (" + path + ") could not be requested", e);
        }
    }

    public static String body(MvcResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The texts that show in the body, ignoring case and HTML escaping ({@code d&#39;Arras} is
     * {@code d'Arras}).
     */
    public static List<String> leaked(String body, Collection<String> telltales) {
        String raw = body.toLowerCase(Locale.ROOT);
        String unescaped = HtmlUtils.htmlUnescape(body).toLowerCase(Locale.ROOT);
        return telltales.stream()
                .filter(t -> {
                    String text = t.toLowerCase(Locale.ROOT);
                    return raw.contains(text) || unescaped.contains(text);
                })
                .toList();
    }
}
