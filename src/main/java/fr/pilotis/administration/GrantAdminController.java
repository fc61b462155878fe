package fr.pilotis.administration;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.access.Grant;
import fr.pilotis.access.PeopleAdministration;
import fr.pilotis.access.PilotisUser;
import fr.pilotis.access.Role;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.NotFoundException;
import fr.pilotis.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's role grants: adding one with the scope its role needs, taking one away. */
@Controller
class GrantAdminController {

    private final AccessPolicy access;
    private final PeopleAdministration people;
    private final PersonPage personPage;

    GrantAdminController(AccessPolicy access, PeopleAdministration people, PersonPage personPage) {
        this.access = access;
        this.people = people;
        this.personPage = personPage;
    }

    @InitBinder
    void noIds(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @PostMapping("/admin/people/{personId}/grants")
    String add(
            @PathVariable long personId,
            @ModelAttribute("grant") GrantForm grant,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        access.requireNetworkAdmin();
        // a forged select value is refused before anything is saved, like any other bad input
        if (errors.hasErrors()) {
            return personPage.show(personId, model);
        }
        try {
            people.addGrant(personId, grant.toRequest());
        } catch (InvalidInputException refused) {
            FormErrors.reject(refused, errors);
            return personPage.show(personId, model);
        }
        return Flash.saved(redirect, "/admin/people/" + personId);
    }

    @PostMapping("/admin/people/{personId}/grants/{grantId}/remove")
    String remove(@PathVariable long personId, @PathVariable long grantId, RedirectAttributes redirect) {
        PilotisUser admin = access.requireNetworkAdmin();
        Grant removed = people.person(personId).grants().stream()
                .filter(g -> g.id() == grantId)
                .findFirst()
                .orElseThrow(NotFoundException::new);
        // the admin must not lock themselves out of these pages
        if (admin.userId() == personId && removed.role() == Role.NETWORK_ADMIN) {
            return Flash.refused(redirect, "admin.grant.removeOwnAdmin", "/admin/people/" + personId);
        }
        people.removeGrant(personId, grantId);
        return Flash.saved(redirect, "/admin/people/" + personId);
    }
}
