package fr.pilotis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.HttpBrowser;
import fr.pilotis.support.RunningPilotis;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Two instances behind a load balancer: a session opened on one is valid on the other, and closed
 * on both when its owner signs out on either. Both are real servers sharing one PostgreSQL.
 */
class SharedSessionTests {

    static RunningPilotis first;
    static RunningPilotis second;

    @BeforeAll
    static void startTwoInstances() {
        assumeTrue(RunningPilotis.possible(), "instances share a database only on the embedded PostgreSQL");
        first = RunningPilotis.start();
        second = RunningPilotis.start();
    }

    @AfterAll
    static void stopThem() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aSessionOpenedOnOneInstanceIsValidOnTheOther() {
        HttpBrowser browser = new HttpBrowser();
        browser.signIn(first, DemoAccounts.PILOT, DemoAccounts.PASSWORD);

        HttpResponse<String> home = browser.get(second.uri("/"));
        assertThat(home.statusCode()).isEqualTo(302);
        String location = HttpBrowser.redirectPath(home);
        assertThat(location).startsWith("/uts/");
        HttpResponse<String> page = browser.get(second.uri(location));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(page.body())).contains(pilotsName(), pilotsUnion());

        HttpResponse<String> anonymous = new HttpBrowser().get(second.uri("/"));
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(HttpBrowser.redirectPath(anonymous)).isEqualTo("/login");
    }

    @Test
    void signingOutOnOneInstanceEndsTheSessionOnTheOther() {
        HttpBrowser browser = new HttpBrowser();
        browser.signIn(first, DemoAccounts.PILOT, DemoAccounts.PASSWORD);
        String session = browser.session();
        HttpResponse<String> profile = browser.get(second.uri("/profile"));
        assertThat(profile.statusCode()).isEqualTo(200);

        HttpResponse<String> signOut =
                browser.post(second.uri("/logout"), Map.of("_csrf", HttpBrowser.csrfToken(profile.body())));
        assertThat(HttpBrowser.redirectPath(signOut)).isEqualTo("/login?logout");

        browser.useSession(session);
        HttpResponse<String> after = browser.get(first.uri("/profile"));
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(HttpBrowser.redirectPath(after)).isEqualTo("/login");
    }

    private static String pilotsName() {
        return first.bean(JdbcTemplate.class)
                .queryForObject(
                        "select first_name || ' ' || last_name from app_user where email = ?",
                        String.class,
                        DemoAccounts.PILOT);
    }

    private static String pilotsUnion() {
        return first.bean(JdbcTemplate.class)
                .queryForObject(
                        "select u.name from territorial_union u join role_grant g on g.territorial_union_id = u.id"
                                + " join app_user p on p.id = g.user_id where p.email = ? and g.role = 'PILOT'",
                        String.class,
                        DemoAccounts.PILOT);
    }
}
