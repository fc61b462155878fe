package fr.pilotis.home;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.access.PeopleDirectory;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.organisation.WorkingGroupSummary;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The expert's home: their working groups, and each group's structures and experts. */
@Controller
class GroupController {

    private final AccessPolicy access;
    private final OrganisationDirectory directory;
    private final PeopleDirectory people;

    GroupController(AccessPolicy access, OrganisationDirectory directory, PeopleDirectory people) {
        this.access = access;
        this.directory = directory;
        this.people = people;
    }

    @GetMapping("/groups")
    String groups(Model model) {
        model.addAttribute("groups", access.readableGroups());
        return "home/groups";
    }

    @GetMapping("/groups/{groupId}")
    String group(@PathVariable long groupId, Model model) {
        WorkingGroupSummary group = access.requireReadableGroup(groupId);
        // Only the members the person may read are listed; the total says how many there are.
        List<StructureSummary> members = directory.structuresOfGroup(groupId, access.readableStructures());
        model.addAttribute("group", group);
        model.addAttribute("structures", members);
        model.addAttribute("experts", people.expertsOf(Set.of(groupId)));
        return "home/group";
    }
}
