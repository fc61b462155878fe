package fr.pilotis.impact;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.organisation.TerritorialUnionSummary;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The pilot's view of a UT's impact for a year: each structure's figures and benefits side by side. */
@Controller
class UnionImpactController {

    private final AccessPolicy access;
    private final OrganisationDirectory directory;
    private final ImpactFigures figures;
    private final Clock clock;

    UnionImpactController(AccessPolicy access, OrganisationDirectory directory, ImpactFigures figures, Clock clock) {
        this.access = access;
        this.directory = directory;
        this.figures = figures;
        this.clock = clock;
    }

    /** A structure of the UT beside its figures. */
    record Line(StructureSummary structure, StructureImpact impact) {}

    @GetMapping("/uts/{unionId}/impact")
    String union(@PathVariable long unionId, @RequestParam(required = false) Integer year, Model model) {
        TerritorialUnionSummary union = access.requireReadableUnion(unionId);
        int chosen = ImpactYears.chosen(year, clock);
        List<StructureSummary> structures =
                directory.structures(new StructureScope(false, Set.of(unionId), Set.of(), Set.of(), Set.of()));
        Map<Long, StructureImpact> byStructure = figures.forStructures(
                chosen, structures.stream().map(StructureSummary::id).toList());
        model.addAttribute("union", union);
        model.addAttribute("year", chosen);
        model.addAttribute("years", ImpactYears.offered(clock));
        model.addAttribute(
                "lines",
                structures.stream()
                        .map(s -> new Line(s, byStructure.get(s.id())))
                        .toList());
        return "impact/union";
    }
}
