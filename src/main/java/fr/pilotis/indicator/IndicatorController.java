package fr.pilotis.indicator;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.access.Role;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.TerritorialUnionSummary;
import fr.pilotis.shared.NotFoundException;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The definitions page (anyone signed in: it holds no figure) and the dashboards: a UT's for its
 * pilots and the admins, the network's for the admins, a funder's over its départements.
 */
@Controller
class IndicatorController {

    private final AccessPolicy access;
    private final Indicators indicators;
    private final IndicatorDashboards dashboards;

    IndicatorController(AccessPolicy access, Indicators indicators, IndicatorDashboards dashboards) {
        this.access = access;
        this.indicators = indicators;
        this.dashboards = dashboards;
    }

    @GetMapping("/indicators/definitions")
    String definitions(Model model) {
        access.currentUser();
        model.addAttribute("definitions", indicators.definitions());
        return "indicator/definitions";
    }

    @GetMapping("/indicators/uts/{unionId}")
    String union(@PathVariable long unionId, Model model, Locale locale) {
        TerritorialUnionSummary union = access.requireReadableUnion(unionId);
        StructureScope scope = new StructureScope(false, Set.of(unionId), Set.of(), Set.of(), Set.of());
        model.addAttribute("heading", "indicator.dashboard.union");
        model.addAttribute("scopeName", union.name());
        model.addAttribute("dashboard", dashboards.over(scope, locale));
        return "indicator/dashboard";
    }

    @GetMapping("/indicators/network")
    String network(Model model, Locale locale) {
        String networkName = access.requireNetworkAdmin().networkName();
        model.addAttribute("heading", "indicator.dashboard.network");
        model.addAttribute("scopeName", networkName);
        model.addAttribute("dashboard", dashboards.over(StructureScope.wholeNetwork(), locale));
        return "indicator/dashboard";
    }

    @GetMapping("/indicators/departements")
    String departements(Model model, Locale locale) {
        StructureScope scope = access.structuresOpenedBy(Role.FUNDER);
        if (scope.isEmpty()) {
            throw new NotFoundException();
        }
        model.addAttribute("heading", "indicator.dashboard.departements");
        model.addAttribute(
                "scopeName",
                String.join(", ", scope.departements().stream().sorted().toList()));
        model.addAttribute("dashboard", dashboards.over(scope, locale));
        return "indicator/dashboard";
    }
}
