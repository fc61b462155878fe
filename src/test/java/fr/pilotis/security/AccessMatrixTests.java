package fr.pilotis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.pilotis.access.Role;
import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.DemoNetworks;
import fr.pilotis.support.IdSource;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.Route;
import fr.pilotis.support.RouteIds;
import fr.pilotis.support.RouteRequests;
import fr.pilotis.support.Routes;
import fr.pilotis.support.SignIn;
import fr.pilotis.support.Target;
import fr.pilotis.support.Targets;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every route of the application, read from the MVC handler mappings (so that new features are
 * covered without touching this class), requested by every role of the main demo network:
 *
 * <ul>
 *   <li>with ids of the other network: 404, and nothing of those rows in the body;
 *   <li>with ids of the caller's own network that lie outside their scope: 404, nothing in the body;
 *   <li>routes without path variables: nothing of the other network in the body (nor in the page
 *       a GET redirects to);
 *   <li>as a control, the network admin opens each GET route with ids of its own network: the
 *       handler answers, so the 404s above come from the access rules and not from bad ids.
 * </ul>
 *
 * Path variables are filled by {@link RouteIds}: a route with an unregistered variable fails. A
 * route that names only network-wide resources ({@link RouteIds#NETWORK_WIDE}, e.g. toolbox
 * documents) is checked "outside the scope" for funders only.
 */
@PilotisTest
class AccessMatrixTests {

    /** The main demo network's roles, and the account that holds each. */
    static final Map<Role, String> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put(Role.NETWORK_ADMIN, DemoAccounts.ADMIN);
        ACCOUNTS.put(Role.PILOT, DemoAccounts.PILOT);
        ACCOUNTS.put(Role.EXPERT, DemoAccounts.EXPERT);
        ACCOUNTS.put(Role.REFERENT, DemoAccounts.REFERENT);
        ACCOUNTS.put(Role.DIRECTOR, DemoAccounts.DIRECTOR);
        ACCOUNTS.put(Role.FUNDER, DemoAccounts.FUNDER);
    }

    enum Case {
        OTHER_NETWORK("with ids of the other network"),
        OUTSIDE_SCOPE("with ids outside the caller's scope"),
        NO_VARIABLE("(no path variable)"),
        CONTROL("with ids of its own network (control)");

        final String label;

        Case(String label) {
            this.label = label;
        }
    }

    private static final Map<Case, AtomicInteger> checked = new EnumMap<>(Case.class);
    private static final Set<String> routesChecked = ConcurrentHashMap.newKeySet();

    static {
        for (Case c : Case.values()) {
            checked.put(c, new AtomicInteger());
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    private final Map<String, Cookie> sessions = new HashMap<>();

    @Test
    void everyPathVariableOfEveryRouteHasAnIdSource() {
        List<Route> routes = routes();
        assertThat(routes).as("routes found in the handler mappings").isNotEmpty();
        List<String> unknown = routes.stream()
                .flatMap(route -> route.variables().stream()
                        .filter(variable -> !RouteIds.SOURCES.containsKey(variable))
                        .map(variable -> route + " {" + variable + "}"))
                .toList();
        assertThat(unknown)
                .as("path variables the access matrix cannot fill: register them in RouteIds.SOURCES")
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicNode> everyRouteAsEveryRole() {
        List<Route> routes = routes();
        assertThat(routes).as("routes found in the handler mappings").isNotEmpty();
        Targets otherNetwork = Targets.ofOtherNetwork(jdbc);
        Targets ownNetwork = Targets.ofMainNetwork(jdbc);
        Set<String> otherNetworkTexts =
                Targets.telltalesOfNetwork(jdbc, DemoNetworks.otherId(jdbc), DemoNetworks.mainId(jdbc));

        return ACCOUNTS.entrySet().stream().map(account -> {
            Role role = account.getKey();
            String email = account.getValue();
            Optional<Targets> outsideScope = Targets.outsideScopeOf(jdbc, email);
            List<DynamicTest> tests = new ArrayList<>();
            for (Route route : routes) {
                if (!route.hasVariables()) {
                    tests.add(dynamicTest(
                            name(route, role, Case.NO_VARIABLE),
                            () -> leaksNothing(route, role, email, otherNetworkTexts)));
                    continue;
                }
                tests.add(dynamicTest(
                        name(route, role, Case.OTHER_NETWORK),
                        () -> refused(route, role, email, otherNetwork, Case.OTHER_NETWORK)));
                // a network-wide resource is inside every programme member's scope, not a funder's
                boolean networkWide = route.variables().stream().allMatch(RouteIds.NETWORK_WIDE::contains);
                if (!networkWide || role == Role.FUNDER) {
                    outsideScope.ifPresent(targets -> tests.add(dynamicTest(
                            name(route, role, Case.OUTSIDE_SCOPE),
                            () -> refused(route, role, email, targets, Case.OUTSIDE_SCOPE))));
                }
                if (role == Role.NETWORK_ADMIN && route.method() == HttpMethod.GET) {
                    tests.add(dynamicTest(name(route, role, Case.CONTROL), () -> opened(route, email, ownNetwork)));
                }
            }
            return dynamicContainer(role.name(), tests);
        });
    }

    @AfterAll
    static void summary() {
        int total = checked.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf(
                "Access matrix: %d routes x %d roles, %d (route, role, case) combinations checked:"
                        + " %d with ids of the other network, %d with ids outside the caller's scope,"
                        + " %d without path variables, %d admin controls%n",
                routesChecked.size(),
                ACCOUNTS.size(),
                total,
                checked.get(Case.OTHER_NETWORK).get(),
                checked.get(Case.OUTSIDE_SCOPE).get(),
                checked.get(Case.NO_VARIABLE).get(),
                checked.get(Case.CONTROL).get());
    }

    /** 404, from the route's own handler (or a filter before it), and no trace of the rows named. */
    private void refused(Route route, Role role, String email, Targets targets, Case c) {
        Map<String, Target> named = fill(route, targets);
        String path = route.path(variable -> named.get(variable).id());
        MvcResult result = RouteRequests.perform(mvc, route, path, session(email), true);
        String what = route + " as " + role + " " + c.label + " (" + path + ")";

        assertThat(result.getResponse().getStatus()).as(what).isEqualTo(404);
        assertThat(result.getHandler() == null || route.answeredBy(result.getHandler()))
                .as("%s was answered by %s instead of its handler", what, result.getHandler())
                .isTrue();
        List<String> telltales = named.values().stream()
                .flatMap(target -> target.telltales().stream())
                .toList();
        assertThat(RouteRequests.leaked(RouteRequests.body(result), telltales))
                .as("%s: texts of the rows named in the URL", what)
                .isEmpty();
        count(route, c);
    }

    /** Any answer but a server error, and nothing of the other network, even one redirect later. */
    private void leaksNothing(Route route, Role role, String email, Set<String> otherNetworkTexts) throws Exception {
        MvcResult result = RouteRequests.perform(mvc, route, route.pattern(), session(email), true);
        String what = route + " as " + role;
        assertThat(result.getResponse().getStatus()).as(what).isLessThan(500);
        assertThat(RouteRequests.leaked(RouteRequests.body(result), otherNetworkTexts))
                .as("%s: texts of the other network", what)
                .isEmpty();
        String location = result.getResponse().getRedirectedUrl();
        if (route.method() == HttpMethod.GET && location != null && location.startsWith("/")) {
            MvcResult landing =
                    mvc.perform(get(location).cookie(session(email))).andReturn();
            assertThat(landing.getResponse().getStatus())
                    .as("%s, redirected to %s", what, location)
                    .isLessThan(500);
            assertThat(RouteRequests.leaked(RouteRequests.body(landing), otherNetworkTexts))
                    .as("%s, redirected to %s: texts of the other network", what, location)
                    .isEmpty();
        }
        count(route, Case.NO_VARIABLE);
    }

    /** The network admin reads everything of its network (access.md): its handler answers. */
    private void opened(Route route, String email, Targets ownNetwork) {
        Map<String, Target> named = fill(route, ownNetwork);
        String path = route.path(variable -> named.get(variable).id());
        MvcResult result = RouteRequests.perform(mvc, route, path, session(email), true);
        String what = route + " as the network admin with ids of its own network (" + path + ")";
        assertThat(route.answeredBy(result.getHandler()))
                .as("%s was answered by %s", what, result.getHandler())
                .isTrue();
        assertThat(result.getResponse().getStatus()).as(what).isBetween(200, 399);
        count(route, Case.CONTROL);
    }

    private static Map<String, Target> fill(Route route, Targets targets) {
        Map<String, Target> named = new LinkedHashMap<>();
        for (String variable : route.variables()) {
            IdSource source = RouteIds.SOURCES.get(variable);
            if (source == null) {
                fail("%s: no id source for the path variable {%s}; register it in RouteIds.SOURCES", route, variable);
            }
            named.put(variable, source.find(targets));
        }
        return named;
    }

    private List<Route> routes() {
        return Routes.all(context).stream().filter(route -> !route.isPublic()).toList();
    }

    private Cookie session(String email) {
        return sessions.computeIfAbsent(email, account -> SignIn.as(mvc, account));
    }

    private static String name(Route route, Role role, Case c) {
        return route + " as " + role + " " + c.label;
    }

    private static void count(Route route, Case c) {
        routesChecked.add(route.toString());
        checked.get(c).incrementAndGet();
    }
}
