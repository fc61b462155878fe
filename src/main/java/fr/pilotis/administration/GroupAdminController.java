package fr.pilotis.administration;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.access.GrantRequest;
import fr.pilotis.access.PeopleAdministration;
import fr.pilotis.access.Role;
import fr.pilotis.organisation.OrganisationAdministration;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.organisation.WorkingGroupSummary;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.NotFoundException;
import fr.pilotis.shared.web.FormErrors;
import java.util.Objects;
import java.util.Set;
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

/** The working groups: list and creation, and each group's page with its structures and experts. */
@Controller
class GroupAdminController {

    private final AccessPolicy access;
    private final OrganisationDirectory directory;
    private final OrganisationAdministration organisation;
    private final PeopleAdministration people;
    private final GroupPage groupPage;

    GroupAdminController(
            AccessPolicy access,
            OrganisationDirectory directory,
            OrganisationAdministration organisation,
            PeopleAdministration people,
            GroupPage groupPage) {
        this.access = access;
        this.directory = directory;
        this.organisation = organisation;
        this.people = people;
        this.groupPage = groupPage;
    }

    @InitBinder
    void noIds(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/admin/groups")
    String groups(Model model) {
        access.requireNetworkAdmin();
        model.addAttribute("form", new NameForm());
        return list(model);
    }

    @PostMapping("/admin/groups")
    String create(
            @ModelAttribute("form") NameForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        access.requireNetworkAdmin();
        try {
            long groupId = organisation.createGroup(form.getName());
            return Flash.saved(redirect, "/admin/groups/" + groupId);
        } catch (InvalidInputException refused) {
            FormErrors.reject(refused, errors);
            return list(model);
        }
    }

    @GetMapping("/admin/groups/{groupId}")
    String group(@PathVariable long groupId, Model model) {
        access.requireNetworkAdmin();
        return groupPage.show(group(groupId), model);
    }

    @PostMapping("/admin/groups/{groupId}")
    String rename(
            @PathVariable long groupId,
            @ModelAttribute("form") NameForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        access.requireNetworkAdmin();
        WorkingGroupSummary group = group(groupId);
        try {
            organisation.renameGroup(groupId, form.getName());
        } catch (InvalidInputException refused) {
            FormErrors.reject(refused, errors);
            return groupPage.show(group, model);
        }
        return Flash.saved(redirect, "/admin/groups/" + groupId);
    }

    @PostMapping("/admin/groups/{groupId}/structures")
    String addStructure(
            @PathVariable long groupId,
            @ModelAttribute("member") ChoiceForm member,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        access.requireNetworkAdmin();
        WorkingGroupSummary group = group(groupId);
        Long structureId = member.getStructureId();
        if (!errors.hasFieldErrors("structureId")) {
            if (structureId == null) {
                errors.rejectValue("structureId", "validation.required");
            } else if (directory.findStructure(structureId).isEmpty()) {
                // an id of another network is not found here: say so next to the field, as for a typo
                errors.rejectValue("structureId", "organisation.structure.unknown");
            } else {
                organisation.moveStructureToGroup(structureId, groupId);
                return Flash.saved(redirect, "/admin/groups/" + groupId);
            }
        }
        return groupPage.show(group, model);
    }

    @PostMapping("/admin/groups/{groupId}/structures/{structureId}/remove")
    String removeStructure(@PathVariable long groupId, @PathVariable long structureId, RedirectAttributes redirect) {
        access.requireNetworkAdmin();
        StructureSummary structure = directory.findStructure(structureId).orElseThrow(NotFoundException::new);
        if (!Objects.equals(structure.workingGroupId(), groupId)) {
            throw new NotFoundException();
        }
        organisation.moveStructureToGroup(structureId, null);
        return Flash.saved(redirect, "/admin/groups/" + groupId);
    }

    @PostMapping("/admin/groups/{groupId}/experts")
    String addExpert(
            @PathVariable long groupId,
            @ModelAttribute("expert") ChoiceForm expert,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        access.requireNetworkAdmin();
        WorkingGroupSummary group = group(groupId);
        Long personId = expert.getPersonId();
        if (!errors.hasFieldErrors("personId")) {
            if (personId == null) {
                errors.rejectValue("personId", "validation.required");
            } else if (people.people().stream().noneMatch(p -> p.id() == personId)) {
                // as for a structure: a person of another network is not found, say so next to the field
                errors.rejectValue("personId", "admin.person.unknown");
            } else {
                try {
                    people.addGrant(personId, new GrantRequest(Role.EXPERT, null, groupId, null, Set.of()));
                    return Flash.saved(redirect, "/admin/groups/" + groupId);
                } catch (InvalidInputException refused) {
                    // the grant's problems (already an expert here) concern the one field of this form
                    refused.problems()
                            .forEach(problem -> errors.rejectValue(
                                    "personId",
                                    problem.messageKey(),
                                    problem.arguments().toArray(),
                                    null));
                }
            }
        }
        return groupPage.show(group, model);
    }

    private WorkingGroupSummary group(long groupId) {
        return directory.findGroup(groupId).orElseThrow(NotFoundException::new);
    }

    private String list(Model model) {
        model.addAttribute("groups", directory.groups());
        return "administration/groups";
    }
}
