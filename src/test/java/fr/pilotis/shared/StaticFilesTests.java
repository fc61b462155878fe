package fr.pilotis.shared;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pilotis.support.PilotisTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Static files come from their own handlers (webjars, /css, /js), with no internet: the pages link
 * the webjars by version, those links answer with a year of caching, the versionless path still
 * answers, and nothing else of the class path is served.
 */
@PilotisTest
class StaticFilesTests {

    private static final Pattern BOOTSTRAP =
            Pattern.compile("href=\"(/webjars/bootstrap/[0-9][^/]*/dist/css/bootstrap\\.min\\.css)\"");

    @Autowired
    MockMvc mvc;

    @Test
    void pagesLinkTheWebjarsByVersionAndTheLinksAnswer() throws Exception {
        String login = mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher link = BOOTSTRAP.matcher(login);
        org.assertj.core.api.Assertions.assertThat(link.find())
                .as("a versioned Bootstrap link in " + login)
                .isTrue();

        mvc.perform(get(link.group(1)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("max-age=31536000")))
                .andExpect(content().string(containsString("Bootstrap")));
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
    }

    @Test
    void theApplicationsOwnStylesAndScriptsAnswer() throws Exception {
        mvc.perform(get("/css/pilotis.css"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/css")));
        mvc.perform(get("/js/diagnostic.js"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("javascript")));
        // the icon the layout names, so that browsers do not ask for a /favicon.ico that is not there
        mvc.perform(get("/images/pilotis.svg"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("image/svg+xml")));
        mvc.perform(get("/login"))
                .andExpect(content()
                        .string(containsString(
                                "<link rel=\"icon\" type=\"image/svg+xml\" href=\"/images/pilotis.svg\">")));
    }

    @Test
    void nothingElseOfTheClassPathIsServed() throws Exception {
        mvc.perform(get("/application.properties")).andExpect(status().is(not(200)));
        mvc.perform(get("/css/../application.properties")).andExpect(status().is(not(200)));
        mvc.perform(get("/js/pilotis.css")).andExpect(status().isNotFound());
        mvc.perform(get("/templates/fragments/layout.html")).andExpect(status().is(not(200)));
    }
}
