package fr.pilotis.administration;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.organisation.OrganisationAdministration;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.ProgrammePhase;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.organisation.StructureType;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.NotFoundException;
import fr.pilotis.shared.web.FormErrors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The network's structures: searchable list, creation and edition. */
@Controller
class StructureAdminController {

    static final int PAGE_SIZE = 50;

    private final AccessPolicy access;
    private final OrganisationDirectory directory;
    private final OrganisationAdministration organisation;

    StructureAdminController(
            AccessPolicy access, OrganisationDirectory directory, OrganisationAdministration organisation) {
        this.access = access;
        this.directory = directory;
        this.organisation = organisation;
    }

    @InitBinder
    void noIds(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/admin/structures")
    String structures(
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        access.requireNetworkAdmin();
        model.addAttribute(
                "structures",
                directory.searchStructures(
                        StructureScope.wholeNetwork(), q, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("q", q);
        return "administration/structures";
    }

    @GetMapping("/admin/structures/new")
    String newStructure(Model model) {
        access.requireNetworkAdmin();
        model.addAttribute("form", new StructureForm());
        return form(null, model);
    }

    @PostMapping("/admin/structures")
    String create(
            @ModelAttribute("form") StructureForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        access.requireNetworkAdmin();
        // a value that is not even of the field's type (a forged select) is refused before the service
        if (errors.hasErrors()) {
            return form(null, model);
        }
        try {
            organisation.createStructure(form.toDetails());
        } catch (InvalidInputException refused) {
            FormErrors.reject(refused, errors);
            return form(null, model);
        }
        return Flash.saved(redirect, "/admin/structures");
    }

    @GetMapping("/admin/structures/{structureId}/edit")
    String edit(@PathVariable long structureId, Model model) {
        access.requireNetworkAdmin();
        StructureSummary structure = structure(structureId);
        model.addAttribute("form", StructureForm.of(structure));
        return form(structure, model);
    }

    @PostMapping("/admin/structures/{structureId}")
    String update(
            @PathVariable long structureId,
            @ModelAttribute("form") StructureForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        access.requireNetworkAdmin();
        StructureSummary structure = structure(structureId);
        if (errors.hasErrors()) {
            return form(structure, model);
        }
        try {
            organisation.updateStructure(structureId, form.toDetails());
        } catch (InvalidInputException refused) {
            FormErrors.reject(refused, errors);
            return form(structure, model);
        }
        return Flash.saved(redirect, "/admin/structures");
    }

    private StructureSummary structure(long structureId) {
        return directory.findStructure(structureId).orElseThrow(NotFoundException::new);
    }

    private String form(StructureSummary structure, Model model) {
        model.addAttribute("structure", structure);
        model.addAttribute("types", Choice.ofEnum(StructureType.class, "structureType."));
        model.addAttribute("phases", Choice.ofEnum(ProgrammePhase.class, "phase."));
        model.addAttribute("unions", Choice.ofUnions(directory.unions()));
        model.addAttribute("groups", Choice.ofGroups(directory.groups()));
        return "administration/structure";
    }
}
