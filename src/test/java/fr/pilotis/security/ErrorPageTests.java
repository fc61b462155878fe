package fr.pilotis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.HttpBrowser;
import fr.pilotis.support.RunningPilotis;
import fr.pilotis.support.Targets;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Error pages on a real server (MockMvc does not forward errors to the error page): a page that
 * does not exist, an id that is not a number and an id of another network all get the same 404
 * page in the layout, and no error page says anything of the code behind it.
 */
class ErrorPageTests {

    private static final String NOT_FOUND_TITLE = "Page introuvable";

    static RunningPilotis app;
    static HttpBrowser pilot;

    @BeforeAll
    static void start() {
        assumeTrue(RunningPilotis.possible(), "a real server on the embedded PostgreSQL");
        app = RunningPilotis.start();
        pilot = new HttpBrowser();
        pilot.signIn(app, DemoAccounts.PILOT, DemoAccounts.PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void anUploadAboveTheLimitGetsAPageSayingSoRatherThanAnExpiredForm() {
        byte[] body = new byte[27 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) 'a');
        String boundary = "pilotis-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"gros.xlsx\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        HttpResponse<String> response = pilot.send(HttpRequest.newBuilder(app.uri("/admin/referentials/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofByteArray(body),
                        HttpRequest.BodyPublishers.ofByteArray(tail))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Fichier trop volumineux").contains("20 Mo");
    }

    @Test
    void anUnknownPageIsA404InTheLayout() {
        assertNotFoundPage(pilot.get(app.uri("/nulle-part")));
        assertNotFoundPage(pilot.get(app.uri("/structures/1/nulle-part")));
    }

    @Test
    void anIdThatIsNotANumberIsA404InTheLayout() {
        assertNotFoundPage(pilot.get(app.uri("/structures/abc")));
        assertNotFoundPage(pilot.get(app.uri("/uts/1e3")));
        assertNotFoundPage(pilot.get(app.uri("/groups/99999999999999999999999")));
    }

    @Test
    void anIdOfAnotherNetworkIsTheSame404() {
        Targets theirs = Targets.ofOtherNetwork(app.bean(JdbcTemplate.class));
        HttpResponse<String> response =
                pilot.get(app.uri("/structures/" + theirs.structure().id()));
        assertNotFoundPage(response);
        assertThat(response.body()).doesNotContain(theirs.structure().telltales());
    }

    @Test
    void noErrorPageShowsAStackTraceOrAnExceptionName() {
        String token = HttpBrowser.csrfToken(pilot.get(app.uri("/profile")).body());
        long union = app.bean(JdbcTemplate.class)
                .queryForObject(
                        "select g.territorial_union_id from role_grant g join app_user u on u.id = g.user_id"
                                + " where u.email = ? and g.role = 'PILOT'",
                        Long.class,
                        DemoAccounts.PILOT);
        Map<HttpResponse<String>, Integer> errors = new LinkedHashMap<>();
        errors.put(pilot.get(app.uri("/nulle-part")), 404);
        errors.put(pilot.get(app.uri("/structures/abc")), 404);
        errors.put(pilot.get(app.uri("/uts/" + union + "?page=abc")), 404);
        errors.put(pilot.get(app.uri("/funder")), 404);
        // a POST without its CSRF token, and methods the page does not answer
        errors.put(pilot.post(app.uri("/profile"), Map.of()), 403);
        errors.put(pilot.post(app.uri("/profile"), Map.of("_csrf", token)), 405);
        errors.put(
                pilot.send(HttpRequest.newBuilder(app.uri("/profile"))
                        .header("X-CSRF-TOKEN", token)
                        .DELETE()),
                405);
        // the same errors for a client that asks for JSON
        errors.put(
                pilot.send(HttpRequest.newBuilder(app.uri("/nulle-part")).header("Accept", "application/json")), 404);
        errors.put(
                pilot.send(HttpRequest.newBuilder(app.uri("/profile"))
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.noBody())),
                403);
        // the error page asked for directly, which Boot answers as a 500
        errors.put(new HttpBrowser().get(app.uri("/error")), 500);

        errors.forEach((error, status) -> {
            String what = error.request().method() + " " + error.uri();
            assertThat(error.statusCode()).as(what).isEqualTo(status);
            assertThat(error.body())
                    .as(what)
                    .doesNotContainIgnoringCase("exception")
                    .doesNotContainIgnoringCase("stacktrace")
                    .doesNotContainIgnoringCase("whitelabel")
                    .doesNotContain("\tat ", "java.", "jakarta.", "org.springframework", "org.hibernate", "fr.pilotis")
                    .doesNotContain("\"trace\"", "\"message\"");
        });
    }

    private static void assertNotFoundPage(HttpResponse<String> response) {
        String what = response.uri().toString();
        assertThat(response.statusCode()).as(what).isEqualTo(404);
        assertThat(response.body())
                .as(what)
                .contains(NOT_FOUND_TITLE)
                // the layout: its skip link's target and its footer
                .contains("id=\"contenu\"", "Pilotis — programme qualité")
                .doesNotContainIgnoringCase("exception");
    }
}
