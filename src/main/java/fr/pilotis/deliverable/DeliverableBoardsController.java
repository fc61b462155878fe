package fr.pilotis.deliverable;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.access.Role;
import fr.pilotis.diagnostic.DiagnosticSummary;
import fr.pilotis.diagnostic.SelfDiagnostics;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.organisation.TerritorialUnionSummary;
import fr.pilotis.referential.CriterionView;
import fr.pilotis.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The lists of deliverables: a structure's (its referent's list, also served as a fragment for the
 * structure page), a UT's matrix for its pilot, an expert's queue, and a criterion's toolbox and
 * validated deliverables inside a diagnostic (a fragment the diagnostic page loads, so that the
 * diagnostic module need not know this one).
 */
@Controller
class DeliverableBoardsController {

    private final DeliverableAccess access;
    private final AccessPolicy policy;
    private final Deliverables deliverables;
    private final Toolbox toolbox;
    private final OrganisationDirectory organisation;
    private final SelfDiagnostics diagnostics;
    private final Clock clock;

    DeliverableBoardsController(
            DeliverableAccess access,
            AccessPolicy policy,
            Deliverables deliverables,
            Toolbox toolbox,
            OrganisationDirectory organisation,
            SelfDiagnostics diagnostics,
            Clock clock) {
        this.access = access;
        this.policy = policy;
        this.deliverables = deliverables;
        this.toolbox = toolbox;
        this.organisation = organisation;
        this.diagnostics = diagnostics;
        this.clock = clock;
    }

    @GetMapping("/structures/{structureId}/deliverables")
    String ofStructure(
            @PathVariable long structureId,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
            Model model) {
        StructureSummary structure = access.requireDocumentsOf(structureId);
        model.addAttribute("structure", structure);
        model.addAttribute("lines", deliverables.ofStructures(Set.of(structureId)));
        model.addAttribute("today", today());
        return htmx ? "deliverable/structure :: list" : "deliverable/structure";
    }

    @GetMapping("/uts/{unionId}/deliverables")
    String ofUnion(@PathVariable long unionId, Model model) {
        TerritorialUnionSummary union = policy.requireReadableUnion(unionId);
        List<StructureSummary> structures =
                organisation
                        .structures(new StructureScope(false, Set.of(unionId), Set.of(), Set.of(), Set.of()))
                        .stream()
                        .sorted(Comparator.comparing(StructureSummary::name))
                        .toList();
        List<DeliverableLine> lines = deliverables.ofStructures(
                structures.stream().map(StructureSummary::id).toList());
        model.addAttribute("union", union);
        model.addAttribute("matrix", DeliverableMatrix.of(structures, lines, today()));
        return "deliverable/union";
    }

    @GetMapping("/deliverables/queue")
    String queue(Model model) {
        List<StructureSummary> structures = access.reviewedStructures();
        Map<Long, StructureSummary> byId =
                structures.stream().collect(Collectors.toMap(StructureSummary::id, Function.identity()));
        model.addAttribute("lines", deliverables.awaitingReview(byId.keySet()));
        model.addAttribute("structures", byId);
        return "deliverable/queue";
    }

    @GetMapping("/diagnostics/{diagnosticId}/criteria/{criterionId}/toolbox")
    String ofCriterion(@PathVariable long diagnosticId, @PathVariable long criterionId, Model model) {
        DiagnosticSummary diagnostic = diagnostics.summary(diagnosticId);
        StructureSummary structure = access.requireDocumentsOf(diagnostic.structureId());
        CriterionView criterion = diagnostics.view(diagnosticId).referential().criteria().stream()
                .filter(c -> c.id() == criterionId)
                .findFirst()
                .orElseThrow(NotFoundException::new);
        model.addAttribute("criterion", criterion);
        model.addAttribute("structure", structure);
        model.addAttribute("documents", toolbox.ofCriterionCode(criterion.code()));
        List<DeliverableLine> validated =
                deliverables.validatedForCriteria(structure.id(), toolbox.criterionIdsWithCode(criterion.code()));
        model.addAttribute("validated", validated);
        model.addAttribute(
                "latest",
                deliverables.latestVersions(
                        validated.stream().map(DeliverableLine::id).toList()));
        model.addAttribute("canFile", policy.holdsOnStructure(structure, Role.REFERENT));
        return "deliverable/criterion :: panel";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DeliverableController.PARIS));
    }
}
