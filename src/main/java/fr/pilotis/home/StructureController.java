package fr.pilotis.home;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.access.PeopleDirectory;
import fr.pilotis.organisation.StructureSummary;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The referent's and director's home: their structure, its UT, its group and who to call. */
@Controller
class StructureController {

    private final AccessPolicy access;
    private final PeopleDirectory people;

    StructureController(AccessPolicy access, PeopleDirectory people) {
        this.access = access;
        this.people = people;
    }

    @GetMapping("/structures/{structureId}")
    String structure(@PathVariable long structureId, Model model) {
        StructureSummary structure = access.requireReadableStructure(structureId);
        boolean showPeople = access.canReadPeopleOf(structure);
        model.addAttribute("structure", structure);
        model.addAttribute("showPeople", showPeople);
        model.addAttribute("contacts", showPeople ? people.contactsOfStructure(structureId) : List.of());
        model.addAttribute(
                "experts",
                showPeople && structure.workingGroupId() != null
                        ? people.expertsOf(Set.of(structure.workingGroupId()))
                        : List.of());
        return "home/structure";
    }
}
