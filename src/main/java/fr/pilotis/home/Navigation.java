package fr.pilotis.home;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.access.Grant;
import fr.pilotis.access.PilotisUser;
import fr.pilotis.access.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The navigation every page shows: only what the person's roles may use. */
@ControllerAdvice
class Navigation {

    private final AccessPolicy access;

    Navigation(AccessPolicy access) {
        this.access = access;
    }

    @ModelAttribute("signedIn")
    PilotisUser signedIn() {
        return access.signedIn().orElse(null);
    }

    @ModelAttribute("networkName")
    String networkName() {
        return access.signedIn().map(PilotisUser::networkName).orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavigationLink> navigation(HttpServletRequest request) {
        return access.signedIn()
                .map(user -> linksFor(user, request.getRequestURI()))
                .orElse(List.of());
    }

    /**
     * The network administration's pages, one menu in the bar (« Administration ») rather than five
     * links: with the programme's links beside them, an admin's bar would wrap on a tablet.
     */
    @ModelAttribute("administration")
    List<NavigationLink> administration(HttpServletRequest request) {
        return access.signedIn()
                .filter(user -> user.has(Role.NETWORK_ADMIN))
                .map(user -> {
                    List<NavigationLink> links = new ArrayList<>();
                    String path = request.getRequestURI();
                    add(links, "/admin", "nav.organisation", null, path);
                    add(links, "/admin/structures", "nav.structures", null, path);
                    add(links, "/admin/people", "nav.people", null, path);
                    add(links, "/admin/referentials", "nav.referential", null, path);
                    add(links, "/admin/campaigns", "nav.campaigns", null, path);
                    return links;
                })
                .orElse(List.of());
    }

    static String homeOf(PilotisUser user) {
        return user.mainGrant().map(Navigation::homeOf).orElse("/profile");
    }

    private static String homeOf(Grant grant) {
        return switch (grant.role()) {
            case NETWORK_ADMIN -> "/admin";
            case PILOT -> "/uts/" + grant.territorialUnionId();
            case EXPERT -> "/groups";
            case REFERENT, DIRECTOR -> "/structures/" + grant.structureId();
            case FUNDER -> "/funder";
        };
    }

    /**
     * The entry points of each role. A UT's or a structure's own pages (results, planning, action
     * plans, deliverables, impact, ANAP dashboard) are reached from its home page's buttons, which
     * keeps this bar short enough for a tablet.
     */
    private static List<NavigationLink> linksFor(PilotisUser user, String path) {
        List<NavigationLink> links = new ArrayList<>();
        if (user.has(Role.NETWORK_ADMIN)) {
            // the administration's own pages are in their menu (administration())
            add(links, "/admin/results", "nav.results", null, path);
            add(links, "/indicators/network", "nav.indicators.network", null, path);
            add(links, "/admin/reports", "nav.reports", null, path);
        }
        for (Grant grant : user.grantsOf(Role.PILOT)) {
            add(links, homeOf(grant), "nav.union", null, path);
            add(links, "/indicators/uts/" + grant.territorialUnionId(), "nav.indicators.union", null, path);
        }
        if (user.has(Role.EXPERT) || user.has(Role.PILOT) || user.has(Role.NETWORK_ADMIN)) {
            add(links, "/groups", "nav.groups", null, path);
        }
        user.grants().stream()
                .filter(g -> g.role() == Role.REFERENT || g.role() == Role.DIRECTOR)
                .map(Navigation::homeOf)
                .distinct()
                .forEach(href -> add(links, href, "nav.structure", null, path));
        if (user.has(Role.FUNDER)) {
            add(links, "/funder", "nav.funder", null, path);
            add(links, "/indicators/departements", "nav.indicators.departements", null, path);
        }
        if (user.has(Role.NETWORK_ADMIN) || user.has(Role.PILOT) || user.has(Role.FUNDER)) {
            add(links, "/extracts", "nav.extracts", null, path);
        }
        boolean programmeMember = user.grants().stream().anyMatch(g -> g.role() != Role.FUNDER);
        if (user.has(Role.NETWORK_ADMIN) || user.has(Role.PILOT) || user.has(Role.EXPERT)) {
            add(links, "/deliverables/requirements", "nav.requirements", null, path);
        }
        if (user.has(Role.EXPERT)) {
            add(links, "/deliverables/queue", "nav.deliverableQueue", null, path);
        }
        if (programmeMember) {
            add(links, "/toolbox", "nav.toolbox", null, path);
            add(links, "/directory", "nav.directory", null, path);
        }
        return links;
    }

    private static void add(List<NavigationLink> links, String href, String key, String argument, String path) {
        if (links.stream().noneMatch(l -> l.href().equals(href))) {
            links.add(new NavigationLink(href, key, argument, path != null && path.equals(href)));
        }
    }
}
