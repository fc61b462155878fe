package fr.pilotis.diagnostic;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.referential.ReferentialCatalog;
import fr.pilotis.referential.ReferentialSummary;
import fr.pilotis.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The network admin's campaigns: the list with each one's diagnostics by status, and the form to open one. */
@Controller
class CampaignAdminController {

    private final AccessPolicy access;
    private final Campaigns campaigns;
    private final ReferentialCatalog referentials;
    private final Clock clock;

    CampaignAdminController(AccessPolicy access, Campaigns campaigns, ReferentialCatalog referentials, Clock clock) {
        this.access = access;
        this.campaigns = campaigns;
        this.referentials = referentials;
        this.clock = clock;
    }

    @GetMapping("/admin/campaigns")
    String campaigns(Model model) {
        access.requireNetworkAdmin();
        List<ReferentialSummary> versions = referentials.versions();
        CampaignForm form = new CampaignForm();
        LocalDate today = LocalDate.now(clock.withZone(SelfDiagnostics.PARIS));
        form.setYear(today.getYear());
        form.setOpensOn(today);
        form.setClosesOn(today.plusMonths(3));
        if (!versions.isEmpty()) {
            form.setReferentialId(versions.get(0).id());
        }
        model.addAttribute("form", form);
        return list(model, versions);
    }

    @PostMapping("/admin/campaigns")
    String open(
            @ModelAttribute("form") CampaignForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        access.requireNetworkAdmin();
        try {
            int year = form.getYear() == null ? 0 : form.getYear();
            campaigns.open(form.request());
            redirect.addFlashAttribute("notice", Notice.done("diagnostic.campaign.opened", year));
        } catch (InvalidInputException refused) {
            // a value that did not even convert keeps its own message
            refused.problems().stream()
                    .filter(p -> p.field() == null || !errors.hasFieldErrors(p.field()))
                    .forEach(p -> {
                        Object[] arguments = p.arguments().toArray();
                        if (p.field() == null) {
                            errors.reject(p.messageKey(), arguments, p.messageKey());
                        } else {
                            errors.rejectValue(p.field(), p.messageKey(), arguments, p.messageKey());
                        }
                    });
            return list(model, referentials.versions());
        }
        return "redirect:/admin/campaigns";
    }

    private String list(Model model, List<ReferentialSummary> versions) {
        Map<Long, ReferentialSummary> byId =
                versions.stream().collect(Collectors.toMap(ReferentialSummary::id, Function.identity()));
        Map<Long, Map<DiagnosticStatus, Long>> counts = campaigns.diagnosticCounts();
        model.addAttribute(
                "campaigns",
                campaigns.list().stream()
                        .map(c ->
                                new CampaignLine(c, byId.get(c.referentialId()), counts.getOrDefault(c.id(), Map.of())))
                        .toList());
        model.addAttribute("versions", versions);
        model.addAttribute("statuses", DiagnosticStatus.values());
        return "diagnostic/campaigns";
    }
}
