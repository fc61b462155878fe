package fr.pilotis.deliverable;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.access.Grant;
import fr.pilotis.access.PilotisUser;
import fr.pilotis.access.Role;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.organisation.TerritorialUnionSummary;
import fr.pilotis.organisation.WorkingGroupSummary;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.NotFoundException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What structures owe (slide 28: who fills it, what, when): the pilot adds deliverables for its UT
 * or one of its structures, the expert for its group or one of its structures, the admin anywhere,
 * and the admin turns the référentiel's key deliverables into what every structure owes.
 */
@Controller
class RequirementsController {

    /** A choice of the scope select: its value ({@code union:12}) and the name shown. */
    public record ScopeChoice(String value, String kindKey, String name) {}

    private final DeliverableAccess access;
    private final AccessPolicy policy;
    private final Deliverables deliverables;
    private final Toolbox toolbox;
    private final OrganisationDirectory organisation;

    RequirementsController(
            DeliverableAccess access,
            AccessPolicy policy,
            Deliverables deliverables,
            Toolbox toolbox,
            OrganisationDirectory organisation) {
        this.access = access;
        this.policy = policy;
        this.deliverables = deliverables;
        this.toolbox = toolbox;
        this.organisation = organisation;
    }

    @GetMapping("/deliverables/requirements")
    String requirements(Model model) {
        PilotisUser user = access.requireRequirementAuthor();
        List<StructureSummary> readable = organisation.structures(policy.readableStructures());
        Set<Long> visible = deliverables
                .ofStructures(readable.stream().map(StructureSummary::id).toList())
                .stream()
                .map(DeliverableLine::requirementId)
                .collect(Collectors.toSet());
        model.addAttribute(
                "requirements",
                deliverables.requirements().stream()
                        .filter(r -> visible.contains(r.id()))
                        .toList());
        model.addAttribute("scopes", scopeChoices(user));
        model.addAttribute("criteria", toolbox.currentCriteria());
        model.addAttribute("isAdmin", user.has(Role.NETWORK_ADMIN));
        model.addAttribute("scopeNames", scopeNames());
        return "deliverable/requirements";
    }

    @PostMapping("/deliverables/requirements")
    String add(
            @RequestParam(name = "title", required = false) String title,
            @RequestParam(name = "description", required = false) String description,
            @RequestParam(name = "criterionId", required = false) Long criterionId,
            @RequestParam(name = "scope", required = false) String scope,
            @RequestParam(name = "filledBy", required = false) String filledBy,
            @RequestParam(name = "dueOn", required = false) String dueOn,
            RedirectAttributes redirect) {
        access.requireRequirementAuthor();
        Outcome outcome;
        try {
            RequirementScope chosen = parseScope(scope);
            List<StructureSummary> structures = access.structuresForRequirement(chosen);
            Long criterion =
                    criterionId != null && toolbox.currentCriteria().stream().anyMatch(c -> c.id() == criterionId)
                            ? criterionId
                            : null;
            Role role =
                    "DIRECTOR".equals(filledBy) ? Role.DIRECTOR : "REFERENT".equals(filledBy) ? Role.REFERENT : null;
            deliverables.addRequirement(
                    new RequirementInput(title, description, criterion, chosen, role, parseDate(dueOn)),
                    structures,
                    access.actor());
            outcome = Outcome.done("deliverable.requirement.added", title.strip(), structures.size());
        } catch (InvalidInputException refused) {
            outcome = Outcome.refused(refused);
            redirect.addFlashAttribute(
                    "typed", new TypedRequirement(title, description, criterionId, scope, filledBy, dueOn));
        }
        redirect.addFlashAttribute("outcome", outcome);
        return "redirect:/deliverables/requirements";
    }

    @PostMapping("/deliverables/requirements/key-deliverables")
    String adopt(@RequestParam(name = "dueOn", required = false) String dueOn, RedirectAttributes redirect) {
        policy.requireNetworkAdmin();
        Outcome outcome;
        try {
            int added = deliverables.adoptKeyDeliverables(
                    toolbox.currentCriteria(),
                    parseDate(dueOn),
                    organisation.structures(StructureScope.wholeNetwork()),
                    access.actor());
            outcome = Outcome.done("deliverable.requirement.adopted", added);
        } catch (InvalidInputException refused) {
            outcome = Outcome.refused(refused);
        }
        redirect.addFlashAttribute("outcome", outcome);
        return "redirect:/deliverables/requirements";
    }

    private List<ScopeChoice> scopeChoices(PilotisUser user) {
        List<ScopeChoice> choices = new ArrayList<>();
        boolean admin = user.has(Role.NETWORK_ADMIN);
        Set<Long> unions = user.grantsOf(Role.PILOT).stream()
                .map(Grant::territorialUnionId)
                .collect(Collectors.toSet());
        Set<Long> groups =
                user.grantsOf(Role.EXPERT).stream().map(Grant::workingGroupId).collect(Collectors.toSet());
        if (admin) {
            choices.add(new ScopeChoice("network", "deliverable.scope.network", ""));
        }
        for (TerritorialUnionSummary u : organisation.unions()) {
            if (admin || unions.contains(u.id())) {
                choices.add(new ScopeChoice("union:" + u.id(), "deliverable.scope.union", u.name()));
            }
        }
        for (WorkingGroupSummary g : organisation.groups()) {
            if (admin || groups.contains(g.id())) {
                choices.add(new ScopeChoice("group:" + g.id(), "deliverable.scope.group", g.name()));
            }
        }
        StructureScope scope =
                admin ? StructureScope.wholeNetwork() : new StructureScope(false, unions, groups, Set.of(), Set.of());
        organisation.structures(scope).stream()
                .sorted(Comparator.comparing(StructureSummary::name))
                .forEach(s ->
                        choices.add(new ScopeChoice("structure:" + s.id(), "deliverable.scope.structure", s.name())));
        return choices;
    }

    /** Names of the UT and groups, for the scope column (structures are named by the caller's list). */
    private Map<String, String> scopeNames() {
        Map<String, String> names = new java.util.HashMap<>();
        organisation.unions().forEach(u -> names.put("union:" + u.id(), u.name()));
        organisation.groups().forEach(g -> names.put("group:" + g.id(), g.name()));
        organisation.structures(policy.readableStructures()).forEach(s -> names.put("structure:" + s.id(), s.name()));
        return names;
    }

    static RequirementScope parseScope(String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of("scope", "deliverable.requirement.scope.required");
        }
        if (value.equals("network")) {
            return RequirementScope.wholeNetwork();
        }
        int colon = value.indexOf(':');
        try {
            long id = Long.parseLong(value.substring(colon + 1));
            return switch (colon < 0 ? "" : value.substring(0, colon)) {
                case "union" -> RequirementScope.union(id);
                case "group" -> RequirementScope.group(id);
                case "structure" -> RequirementScope.structure(id);
                default -> throw new NotFoundException();
            };
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }

    static LocalDate parseDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("dueOn", "deliverable.requirement.dueOn.invalid");
        }
    }
}
