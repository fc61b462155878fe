package fr.pilotis.administration;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.organisation.OrganisationAdministration;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.TerritorialUnionSummary;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.NotFoundException;
import fr.pilotis.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The territorial unions: list, creation on the same page, renaming. */
@Controller
class UnionAdminController {

    private final AccessPolicy access;
    private final OrganisationDirectory directory;
    private final OrganisationAdministration organisation;

    UnionAdminController(
            AccessPolicy access, OrganisationDirectory directory, OrganisationAdministration organisation) {
        this.access = access;
        this.directory = directory;
        this.organisation = organisation;
    }

    @InitBinder
    void noIds(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/admin/uts")
    String unions(Model model) {
        access.requireNetworkAdmin();
        model.addAttribute("form", new NameForm());
        return list(model);
    }

    @PostMapping("/admin/uts")
    String create(
            @ModelAttribute("form") NameForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        access.requireNetworkAdmin();
        try {
            organisation.createUnion(form.getName());
        } catch (InvalidInputException refused) {
            FormErrors.reject(refused, errors);
            return list(model);
        }
        return Flash.saved(redirect, "/admin/uts");
    }

    @GetMapping("/admin/uts/{unionId}/edit")
    String edit(@PathVariable long unionId, Model model) {
        access.requireNetworkAdmin();
        TerritorialUnionSummary union = union(unionId);
        model.addAttribute("union", union);
        model.addAttribute("form", new NameForm(union.name()));
        return "administration/union";
    }

    @PostMapping("/admin/uts/{unionId}")
    String rename(
            @PathVariable long unionId,
            @ModelAttribute("form") NameForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        access.requireNetworkAdmin();
        TerritorialUnionSummary union = union(unionId);
        try {
            organisation.renameUnion(unionId, form.getName());
        } catch (InvalidInputException refused) {
            FormErrors.reject(refused, errors);
            model.addAttribute("union", union);
            return "administration/union";
        }
        return Flash.saved(redirect, "/admin/uts");
    }

    private TerritorialUnionSummary union(long unionId) {
        return directory.findUnion(unionId).orElseThrow(NotFoundException::new);
    }

    private String list(Model model) {
        model.addAttribute("unions", directory.unions());
        return "administration/unions";
    }
}
