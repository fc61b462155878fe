package fr.pilotis.administration;

import fr.pilotis.access.Grant;
import fr.pilotis.access.PeopleAdministration;
import fr.pilotis.access.PersonView;
import fr.pilotis.access.Role;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.organisation.TerritorialUnionSummary;
import fr.pilotis.organisation.WorkingGroupSummary;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the person's page: identity form, grants with the names of what they cover, and the
 * add-grant form with its selects. Shared by the person and the grant controllers, which both
 * show it again when a form is refused.
 */
@Component
class PersonPage {

    private final PeopleAdministration people;
    private final OrganisationDirectory directory;

    PersonPage(PeopleAdministration people, OrganisationDirectory directory) {
        this.people = people;
        this.directory = directory;
    }

    String show(long personId, Model model) {
        PersonView person = people.person(personId);
        List<TerritorialUnionSummary> unions = directory.unions();
        List<WorkingGroupSummary> groups = directory.groups();
        List<StructureSummary> structures = directory.structures(StructureScope.wholeNetwork());
        Map<Long, String> unionNames =
                unions.stream().collect(Collectors.toMap(TerritorialUnionSummary::id, TerritorialUnionSummary::name));
        Map<Long, String> groupNames =
                groups.stream().collect(Collectors.toMap(WorkingGroupSummary::id, WorkingGroupSummary::name));
        Map<Long, String> structureNames =
                structures.stream().collect(Collectors.toMap(StructureSummary::id, StructureSummary::name));
        model.addAttribute("person", person);
        model.addAttribute(
                "grants",
                person.grants().stream()
                        .map(g -> new GrantLine(g.id(), g.role(), scopeOf(g, unionNames, groupNames, structureNames)))
                        .toList());
        model.addAttribute("roles", Choice.ofEnum(Role.class, "role."));
        model.addAttribute("unions", Choice.ofUnions(unions));
        model.addAttribute("groups", Choice.ofGroups(groups));
        model.addAttribute("structures", Choice.ofStructures(structures));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", PersonForm.of(person));
        }
        if (!model.containsAttribute("grant")) {
            model.addAttribute("grant", new GrantForm());
        }
        return "administration/person";
    }

    private static String scopeOf(
            Grant grant, Map<Long, String> unions, Map<Long, String> groups, Map<Long, String> structures) {
        return switch (grant.role()) {
            case NETWORK_ADMIN -> null;
            case PILOT -> name(unions, grant.territorialUnionId());
            case EXPERT -> name(groups, grant.workingGroupId());
            case REFERENT, DIRECTOR -> name(structures, grant.structureId());
            case FUNDER -> grant.departements().stream().sorted().collect(Collectors.joining(", "));
        };
    }

    private static String name(Map<Long, String> names, Long id) {
        return id == null ? null : names.get(id);
    }
}
