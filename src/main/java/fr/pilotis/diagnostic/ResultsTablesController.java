package fr.pilotis.diagnostic;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.access.Grant;
import fr.pilotis.access.PilotisUser;
import fr.pilotis.access.Role;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.organisation.TerritorialUnionSummary;
import fr.pilotis.organisation.WorkingGroupSummary;
import fr.pilotis.shared.NotFoundException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The heat maps of a UT (its pilots, the admin) and of the network (the admin), and a group's gaps. */
@Controller
class ResultsTablesController {

    private final AccessPolicy access;
    private final OrganisationDirectory directory;
    private final ResultsPages pages;

    ResultsTablesController(AccessPolicy access, OrganisationDirectory directory, ResultsPages pages) {
        this.access = access;
        this.directory = directory;
        this.pages = pages;
    }

    @GetMapping("/uts/{unionId}/results")
    String union(
            @PathVariable long unionId,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "DECLARED") RateBasis basis,
            Model model) {
        TerritorialUnionSummary union = access.requireReadableUnion(unionId);
        model.addAttribute("union", union);
        model.addAttribute("table", pages.union(unionId, year, basis));
        return "results/union";
    }

    @GetMapping("/admin/results")
    String network(
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "DECLARED") RateBasis basis,
            Model model) {
        access.requireNetworkAdmin();
        model.addAttribute("table", pages.network(year, basis));
        return "results/network";
    }

    /**
     * The overestimation gaps: the group's experts and the admin see every structure of the group,
     * a pilot the group's structures of their UT; referents and directors do not see this page.
     */
    @GetMapping("/groups/{groupId}/results")
    String group(@PathVariable long groupId, @RequestParam(required = false) Integer year, Model model) {
        WorkingGroupSummary group = access.requireReadableGroup(groupId);
        PilotisUser user = access.currentUser();
        StructureScope reviewers = new StructureScope(
                user.has(Role.NETWORK_ADMIN),
                user.grantsOf(Role.PILOT).stream()
                        .map(Grant::territorialUnionId)
                        .collect(Collectors.toSet()),
                user.grantsOf(Role.EXPERT).stream().map(Grant::workingGroupId).collect(Collectors.toSet()),
                Set.of(),
                Set.of());
        List<StructureSummary> members = directory.structuresOfGroup(groupId, reviewers);
        boolean expertOrAdmin =
                user.has(Role.NETWORK_ADMIN) || reviewers.groupIds().contains(groupId);
        if (!expertOrAdmin && members.isEmpty()) {
            throw new NotFoundException();
        }
        model.addAttribute("group", group);
        model.addAttribute("largeGap", ResultsGapTable.LARGE_GAP);
        model.addAttribute(
                "table",
                pages.gaps(groupId, members.stream().map(StructureSummary::id).collect(Collectors.toSet()), year));
        return "results/group";
    }
}
