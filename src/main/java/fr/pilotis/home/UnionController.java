package fr.pilotis.home;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.access.PeopleDirectory;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.TerritorialUnionSummary;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The pilot's home: their UT, its structures and the groups working in it. */
@Controller
class UnionController {

    private final AccessPolicy access;
    private final OrganisationDirectory directory;
    private final PeopleDirectory people;

    UnionController(AccessPolicy access, OrganisationDirectory directory, PeopleDirectory people) {
        this.access = access;
        this.directory = directory;
        this.people = people;
    }

    @GetMapping("/uts/{unionId}")
    String union(
            @PathVariable long unionId,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        TerritorialUnionSummary union = access.requireReadableUnion(unionId);
        StructureScope ofUnion = new StructureScope(false, Set.of(unionId), Set.of(), Set.of(), Set.of());
        model.addAttribute("union", union);
        model.addAttribute("pilots", people.pilotsOf(unionId));
        model.addAttribute("groups", directory.groupsTouchingUnions(Set.of(unionId)));
        model.addAttribute(
                "structures",
                directory.searchStructures(ofUnion, q, PageRequest.of(Math.max(page, 0), HomeController.PAGE_SIZE)));
        model.addAttribute("q", q);
        return "home/union";
    }
}
