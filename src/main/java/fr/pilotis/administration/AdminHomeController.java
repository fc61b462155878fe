package fr.pilotis.administration;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.access.PeopleAdministration;
import fr.pilotis.access.PersonView;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The network admin's home: the organisation at a glance and the way to each administration page. */
@Controller
class AdminHomeController {

    private final AccessPolicy access;
    private final OrganisationDirectory directory;
    private final PeopleAdministration people;

    AdminHomeController(AccessPolicy access, OrganisationDirectory directory, PeopleAdministration people) {
        this.access = access;
        this.directory = directory;
        this.people = people;
    }

    @GetMapping("/admin")
    String home(Model model) {
        access.requireNetworkAdmin();
        List<PersonView> everyone = people.people();
        model.addAttribute(
                "counts",
                OrganisationCounts.of(
                        directory.unions().size(),
                        directory.groups().size(),
                        everyone.size(),
                        everyone.stream().filter(PersonView::activated).count(),
                        directory.structures(StructureScope.wholeNetwork())));
        model.addAttribute("phases", OrganisationCounts.phases());
        return "administration/home";
    }
}
