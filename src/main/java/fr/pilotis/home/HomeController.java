package fr.pilotis.home;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.access.Grant;
import fr.pilotis.access.PilotisUser;
import fr.pilotis.access.Role;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class HomeController {

    static final int PAGE_SIZE = 50;

    private final AccessPolicy access;
    private final OrganisationDirectory directory;

    HomeController(AccessPolicy access, OrganisationDirectory directory) {
        this.access = access;
        this.directory = directory;
    }

    /** Each role lands on its own home. */
    @GetMapping("/")
    String home() {
        return "redirect:" + Navigation.homeOf(access.currentUser());
    }

    /** A signed-in person without any grant yet: says so rather than showing an empty page. */
    @GetMapping("/profile")
    String profile() {
        access.currentUser();
        return "home/profile";
    }

    /** The funder's départements and the structures located there: names and numbers, no people. */
    @GetMapping("/funder")
    String funder(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        PilotisUser user = access.currentUser();
        if (!user.has(Role.FUNDER)) {
            throw new fr.pilotis.shared.NotFoundException();
        }
        Set<String> departements = new TreeSet<>();
        user.grantsOf(Role.FUNDER).stream().map(Grant::departements).forEach(departements::addAll);
        StructureScope scope = new StructureScope(false, Set.of(), Set.of(), Set.of(), departements);
        Page<StructureSummary> structures =
                directory.searchStructures(scope, q, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("departements", departements);
        model.addAttribute("structures", structures);
        model.addAttribute("q", q);
        return "home/funder";
    }
}
