package fr.pilotis.diagnostic;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.access.Role;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.referential.ReferentialCatalog;
import fr.pilotis.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A structure's diagnostics, one line per campaign; the referent starts the one it has not got yet. */
@Controller
class StructureDiagnosticsController {

    private final AccessPolicy access;
    private final Campaigns campaigns;
    private final SelfDiagnostics diagnostics;
    private final ReferentialCatalog referentials;
    private final Clock clock;

    StructureDiagnosticsController(
            AccessPolicy access,
            Campaigns campaigns,
            SelfDiagnostics diagnostics,
            ReferentialCatalog referentials,
            Clock clock) {
        this.access = access;
        this.campaigns = campaigns;
        this.diagnostics = diagnostics;
        this.referentials = referentials;
        this.clock = clock;
    }

    @GetMapping("/structures/{structureId}/diagnostics")
    String diagnostics(@PathVariable long structureId, Model model) {
        StructureSummary structure = access.requireReadableStructure(structureId);
        boolean referent = access.holdsOnStructure(structure, Role.REFERENT);
        Map<Long, DiagnosticSummary> byCampaign = diagnostics.ofStructure(structureId).stream()
                .collect(Collectors.toMap(DiagnosticSummary::campaignId, Function.identity()));
        Map<Long, Long> answered = diagnostics.answeredCounts(
                byCampaign.values().stream().map(DiagnosticSummary::id).toList());
        List<StructureDiagnosticLine> lines = campaigns.list().stream()
                .map(c -> {
                    DiagnosticSummary d = byCampaign.get(c.id());
                    return new StructureDiagnosticLine(
                            c,
                            d,
                            d == null ? 0 : answered.getOrDefault(d.id(), 0L),
                            referentials.version(c.referentialId()).criteria().size(),
                            referent && d == null && !isClosed(c));
                })
                .toList();
        model.addAttribute("structure", structure);
        model.addAttribute("lines", lines);
        // funders read figures: the status and progress, not the answers behind them
        model.addAttribute("canOpen", access.canReadPeopleOf(structure));
        return "diagnostic/structure-diagnostics";
    }

    @PostMapping("/structures/{structureId}/diagnostics")
    String start(
            @PathVariable long structureId,
            @RequestParam(required = false) Long campaignId,
            RedirectAttributes redirect) {
        // scope first: whoever may not start this structure's diagnostic learns nothing, not even a 400
        access.requireStructureRole(structureId, Role.REFERENT);
        if (campaignId == null) {
            throw new NotFoundException();
        }
        CampaignView campaign = campaigns.find(campaignId).orElseThrow(NotFoundException::new);
        if (isClosed(campaign)) {
            redirect.addFlashAttribute("notice", Notice.refused("diagnostic.answer.campaignClosed", List.of()));
            return "redirect:/structures/" + structureId + "/diagnostics";
        }
        long diagnosticId = campaigns.diagnosticFor(campaignId, structureId);
        return "redirect:/diagnostics/" + diagnosticId;
    }

    private boolean isClosed(CampaignView campaign) {
        return LocalDate.now(clock.withZone(SelfDiagnostics.PARIS)).isAfter(campaign.closesOn());
    }
}
