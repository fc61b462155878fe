package fr.pilotis.diagnostic;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.access.Role;
import fr.pilotis.organisation.StructureSummary;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A structure's results (everyone who may read the structure, funders included: figures only) and the scores' help page. */
@Controller
class ResultsController {

    private final AccessPolicy access;
    private final ResultsPages pages;

    ResultsController(AccessPolicy access, ResultsPages pages) {
        this.access = access;
        this.pages = pages;
    }

    @GetMapping("/structures/{structureId}/results")
    String structure(
            @PathVariable long structureId,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "DECLARED") RateBasis basis,
            Model model,
            Locale locale) {
        StructureSummary structure = access.requireReadableStructure(structureId);
        // An average over structures the reader may not all read is shown only over enough of them.
        boolean admin = access.isNetworkAdmin();
        int unionMinimum = admin || access.holdsOnStructure(structure, Role.PILOT)
                ? 1
                : DiagnosticResults.MIN_STRUCTURES_FOR_COMPARISON;
        int networkMinimum = admin ? 1 : DiagnosticResults.MIN_STRUCTURES_FOR_COMPARISON;
        model.addAttribute("structure", structure);
        model.addAttribute("page", pages.structure(structure, year, basis, unionMinimum, networkMinimum, locale));
        // funders read figures: not the diagnostic's texts that the export carries
        model.addAttribute("canExport", access.canReadPeopleOf(structure));
        model.addAttribute("minimum", DiagnosticResults.MIN_STRUCTURES_FOR_COMPARISON);
        return "results/structure";
    }

    @GetMapping("/help/scores")
    String help(Model model) {
        access.currentUser();
        model.addAttribute("minimum", DiagnosticResults.MIN_STRUCTURES_FOR_COMPARISON);
        model.addAttribute("largeGap", ResultsGapTable.LARGE_GAP);
        return "results/help";
    }
}
