package fr.pilotis.administration;

import fr.pilotis.access.PeopleAdministration;
import fr.pilotis.access.PeopleDirectory;
import fr.pilotis.access.Role;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.organisation.WorkingGroupSummary;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills a working group's page: its structures, its experts, and the forms to rename it, add a
 * structure and add an expert, keeping whichever form was just refused with its messages.
 */
@Component
class GroupPage {

    private final OrganisationDirectory directory;
    private final PeopleAdministration people;
    private final PeopleDirectory contacts;

    GroupPage(OrganisationDirectory directory, PeopleAdministration people, PeopleDirectory contacts) {
        this.directory = directory;
        this.people = people;
        this.contacts = contacts;
    }

    String show(WorkingGroupSummary group, Model model) {
        List<StructureSummary> all = directory.structures(StructureScope.wholeNetwork());
        model.addAttribute("group", group);
        model.addAttribute(
                "structures", all.stream().filter(s -> inGroup(s, group)).toList());
        model.addAttribute(
                "structureChoices",
                Choice.ofStructures(all.stream().filter(s -> !inGroup(s, group)).toList()));
        model.addAttribute("experts", contacts.expertsOf(Set.of(group.id())));
        model.addAttribute(
                "personChoices",
                people.people().stream()
                        .filter(p -> p.enabled()
                                && p.grants().stream()
                                        .noneMatch(g -> g.role() == Role.EXPERT
                                                && Objects.equals(g.workingGroupId(), group.id())))
                        .map(p -> new Choice(
                                String.valueOf(p.id()), p.lastName() + " " + p.firstName() + " — " + p.email(), null))
                        .toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NameForm(group.name()));
        }
        if (!model.containsAttribute("member")) {
            model.addAttribute("member", new ChoiceForm());
        }
        if (!model.containsAttribute("expert")) {
            model.addAttribute("expert", new ChoiceForm());
        }
        return "administration/group";
    }

    private static boolean inGroup(StructureSummary structure, WorkingGroupSummary group) {
        return Objects.equals(structure.workingGroupId(), group.id());
    }
}
