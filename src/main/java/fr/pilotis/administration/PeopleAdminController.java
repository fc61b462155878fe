package fr.pilotis.administration;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.access.ActivationLink;
import fr.pilotis.access.PeopleAdministration;
import fr.pilotis.access.PersonView;
import fr.pilotis.access.PilotisUser;
import fr.pilotis.shared.InvalidInputException;
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

/**
 * The network's people: list, creation with a one-time activation link, identity, a new link,
 * enabling and disabling. The link page is the answer to the POST itself, not a redirect: the
 * token exists in clear only in that response and is kept nowhere (not even in the session).
 */
@Controller
class PeopleAdminController {

    private final AccessPolicy access;
    private final PeopleAdministration people;
    private final PersonPage personPage;

    PeopleAdminController(AccessPolicy access, PeopleAdministration people, PersonPage personPage) {
        this.access = access;
        this.people = people;
        this.personPage = personPage;
    }

    @InitBinder
    void noIds(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/admin/people")
    String people(Model model) {
        access.requireNetworkAdmin();
        model.addAttribute(
                "people", people.people().stream().map(PersonLine::of).toList());
        return "administration/people";
    }

    @GetMapping("/admin/people/new")
    String newPerson(Model model) {
        access.requireNetworkAdmin();
        model.addAttribute("form", new PersonForm());
        return "administration/person-new";
    }

    @PostMapping("/admin/people")
    String create(@ModelAttribute("form") PersonForm form, BindingResult errors, Model model) {
        access.requireNetworkAdmin();
        ActivationLink link;
        try {
            link = people.createPerson(form.toDetails());
        } catch (InvalidInputException refused) {
            FormErrors.reject(refused, errors);
            return "administration/person-new";
        }
        return linkPage(link, model);
    }

    @GetMapping("/admin/people/{personId}")
    String person(@PathVariable long personId, Model model) {
        access.requireNetworkAdmin();
        return personPage.show(personId, model);
    }

    @PostMapping("/admin/people/{personId}")
    String update(
            @PathVariable long personId,
            @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        access.requireNetworkAdmin();
        try {
            people.updatePerson(personId, form.toDetails());
        } catch (InvalidInputException refused) {
            FormErrors.reject(refused, errors);
            return personPage.show(personId, model);
        }
        return Flash.saved(redirect, "/admin/people/" + personId);
    }

    @PostMapping("/admin/people/{personId}/activation-link")
    String newActivationLink(@PathVariable long personId, Model model) {
        access.requireNetworkAdmin();
        return linkPage(people.reissueActivationLink(personId), model);
    }

    @PostMapping("/admin/people/{personId}/enable")
    String enable(@PathVariable long personId, RedirectAttributes redirect) {
        access.requireNetworkAdmin();
        people.setEnabled(personId, true);
        return Flash.saved(redirect, "/admin/people/" + personId);
    }

    @PostMapping("/admin/people/{personId}/disable")
    String disable(@PathVariable long personId, RedirectAttributes redirect) {
        PilotisUser admin = access.requireNetworkAdmin();
        if (admin.userId() == personId) {
            return Flash.refused(redirect, "admin.person.disableSelf", "/admin/people/" + personId);
        }
        people.setEnabled(personId, false);
        return Flash.saved(redirect, "/admin/people/" + personId);
    }

    private String linkPage(ActivationLink link, Model model) {
        PersonView person = people.person(link.userId());
        model.addAttribute("link", IssuedLink.of(link, person.displayName()));
        return "administration/activation-link";
    }
}
