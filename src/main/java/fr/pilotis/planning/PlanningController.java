package fr.pilotis.planning;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.access.Contact;
import fr.pilotis.access.PeopleDirectory;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.organisation.TerritorialUnionSummary;
import fr.pilotis.organisation.WorkingGroupSummary;
import fr.pilotis.referential.ReferentialVersion;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.NotFoundException;
import fr.pilotis.shared.web.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The planning pages of a working group, a UT and a structure: steps and their timeline, the
 * agenda, the expert-days budget and visits, participation. The group's organisers (admin, pilots
 * of a UT touching it) write its planning and budget; its experts record visits; its members read.
 */
@Controller
class PlanningController {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final AccessPolicy access;
    private final OrganisationDirectory directory;
    private final PeopleDirectory people;
    private final Planning planning;
    private final Meetings meetings;
    private final Participation participation;
    private final Clock clock;

    PlanningController(
            AccessPolicy access,
            OrganisationDirectory directory,
            PeopleDirectory people,
            Planning planning,
            Meetings meetings,
            Participation participation,
            Clock clock) {
        this.access = access;
        this.directory = directory;
        this.people = people;
        this.planning = planning;
        this.meetings = meetings;
        this.participation = participation;
        this.clock = clock;
    }

    // ---- working group

    @GetMapping("/groups/{groupId}/planning")
    String group(@PathVariable long groupId, @RequestParam(required = false) Integer year, Model model) {
        WorkingGroupSummary group = access.requireReadableGroup(groupId);
        int shownYear = year == null || year < 2000 || year > 2100 ? today().getYear() : year;
        StepForm stepForm = new StepForm();
        stepForm.setStartsOn(today());
        stepForm.setEndsOn(today());
        BudgetForm budgetForm = new BudgetForm();
        budgetForm.setYear(shownYear);
        budgetForm.setDays(planning.budget(groupId, shownYear).budget());
        VisitForm visitForm = new VisitForm();
        visitForm.setVisitedOn(today());
        model.addAttribute("stepForm", stepForm);
        model.addAttribute("budgetForm", budgetForm);
        model.addAttribute("visitForm", visitForm);
        return groupPage(group, shownYear, model);
    }

    @PostMapping("/groups/{groupId}/planning/steps")
    String addGroupStep(
            @PathVariable long groupId,
            @ModelAttribute("stepForm") StepForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        WorkingGroupSummary group = requireOrganiser(groupId);
        try {
            refuseUnconverted(errors);
            planning.addStep(null, groupId, form.input(), ownersOfGroup(groupId));
        } catch (InvalidInputException refused) {
            reject(refused, errors);
            model.addAttribute("budgetForm", budgetForm(groupId, today().getYear()));
            model.addAttribute("visitForm", new VisitForm());
            return groupPage(group, today().getYear(), model);
        }
        redirect.addFlashAttribute("done", "planning.step.added");
        return "redirect:/groups/" + groupId + "/planning";
    }

    @PostMapping("/groups/{groupId}/budget")
    String setBudget(
            @PathVariable long groupId,
            @ModelAttribute("budgetForm") BudgetForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        WorkingGroupSummary group = requireOrganiser(groupId);
        try {
            refuseUnconverted(errors);
            planning.setBudget(groupId, form.getYear(), form.getDays());
        } catch (InvalidInputException refused) {
            reject(refused, errors);
            model.addAttribute("stepForm", new StepForm());
            model.addAttribute("visitForm", new VisitForm());
            return groupPage(group, today().getYear(), model);
        }
        redirect.addFlashAttribute("done", "planning.budget.saved");
        return "redirect:/groups/" + groupId + "/planning?year=" + form.getYear();
    }

    @PostMapping("/groups/{groupId}/visits")
    String recordVisit(
            @PathVariable long groupId,
            @ModelAttribute("visitForm") VisitForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        WorkingGroupSummary group = requireMeetingRunner(groupId);
        try {
            refuseUnconverted(errors);
            planning.recordVisit(
                    groupId,
                    form.getStructureId(),
                    form.getVisitedOn(),
                    form.getDays(),
                    form.getPurpose(),
                    allStructuresOf(groupId).keySet());
        } catch (InvalidInputException refused) {
            reject(refused, errors);
            model.addAttribute("stepForm", new StepForm());
            model.addAttribute("budgetForm", budgetForm(groupId, today().getYear()));
            return groupPage(group, today().getYear(), model);
        }
        redirect.addFlashAttribute("done", "planning.visit.recorded");
        return "redirect:/groups/" + groupId + "/planning";
    }

    private String groupPage(WorkingGroupSummary group, int year, Model model) {
        long groupId = group.id();
        LocalDate today = today();
        boolean organiser = access.canOrganiseGroup(groupId);
        boolean runner = organiser || access.isExpertOfGroup(groupId);
        List<StepView> steps = planning.stepsOfGroup(groupId);
        List<MeetingSummary> groupMeetings = meetings.ofGroup(groupId, group.name());
        Map<Long, StructureSummary> all = allStructuresOf(groupId);
        List<StructureSummary> readable = directory.structuresOfGroup(groupId, access.readableStructures());
        Map<Long, ParticipationCounts> counts = participation.ofStructures(
                year, readable.stream().map(StructureSummary::id).toList());
        model.addAttribute("group", group);
        model.addAttribute("year", year);
        model.addAttribute("years", yearsAround(year));
        model.addAttribute("canOrganise", organiser);
        model.addAttribute("canRunMeetings", runner);
        model.addAttribute("steps", steps);
        model.addAttribute("timeline", Timeline.of(steps, today.getYear()));
        model.addAttribute("agenda", AgendaItem.of(steps, groupMeetings, today));
        model.addAttribute("budget", planning.budget(groupId, year));
        model.addAttribute("meetings", groupMeetings);
        model.addAttribute("structureParticipation", lines(readable, counts));
        // a member reads the group's figure only when it is not one structure's own (access.md: 5+)
        boolean groupFigure = readable.size() == all.size() || all.size() >= 5;
        model.addAttribute(
                "groupParticipation",
                groupFigure
                        ? participation.ofGroups(year, List.of(groupId)).getOrDefault(groupId, ParticipationCounts.NONE)
                        : null);
        model.addAttribute(
                "meetingsHeld",
                participation.meetingsHeldByGroup(year, List.of(groupId)).getOrDefault(groupId, 0L));
        if (runner) {
            Map<Long, String> names =
                    all.values().stream().collect(Collectors.toMap(StructureSummary::id, StructureSummary::name));
            model.addAttribute("visits", planning.visitsOf(groupId, names));
            model.addAttribute("groupStructures", List.copyOf(all.values()));
        }
        if (organiser) {
            model.addAttribute("owners", ownerChoices(groupId));
            model.addAttribute("themes", themes());
        }
        model.addAttribute("kinds", StepKind.values());
        model.addAttribute("statuses", StepStatus.values());
        return "planning/group";
    }

    // ---- territorial union

    @GetMapping("/uts/{unionId}/planning")
    String union(@PathVariable long unionId, @RequestParam(required = false) Integer year, Model model) {
        TerritorialUnionSummary union = access.requireReadableUnion(unionId);
        StepForm form = new StepForm();
        form.setStartsOn(today());
        form.setEndsOn(today());
        model.addAttribute("stepForm", form);
        return unionPage(union, year == null || year < 2000 || year > 2100 ? today().getYear() : year, model);
    }

    @PostMapping("/uts/{unionId}/planning/steps")
    String addUnionStep(
            @PathVariable long unionId,
            @ModelAttribute("stepForm") StepForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        TerritorialUnionSummary union = access.requireReadableUnion(unionId);
        try {
            refuseUnconverted(errors);
            planning.addStep(unionId, null, form.input(), ownersOfUnion(unionId));
        } catch (InvalidInputException refused) {
            reject(refused, errors);
            return unionPage(union, today().getYear(), model);
        }
        redirect.addFlashAttribute("done", "planning.step.added");
        return "redirect:/uts/" + unionId + "/planning";
    }

    private String unionPage(TerritorialUnionSummary union, int year, Model model) {
        long unionId = union.id();
        LocalDate today = today();
        List<WorkingGroupSummary> groups = directory.groupsTouchingUnions(List.of(unionId));
        Map<Long, String> groupNames = new LinkedHashMap<>();
        groups.forEach(g -> groupNames.put(g.id(), g.name()));
        List<StepView> steps = planning.stepsOfUnion(unionId);
        List<StepView> agendaSteps = new ArrayList<>(steps);
        agendaSteps.addAll(planning.stepsOfGroups(groupNames.keySet()));
        List<MeetingSummary> groupMeetings = meetings.ofGroups(groupNames);
        List<StructureSummary> structures =
                directory.structures(new StructureScope(false, Set.of(unionId), Set.of(), Set.of(), Set.of()));
        model.addAttribute("union", union);
        model.addAttribute("year", year);
        model.addAttribute("years", yearsAround(year));
        model.addAttribute("steps", steps);
        model.addAttribute("timeline", Timeline.of(steps, today.getYear()));
        model.addAttribute("agenda", AgendaItem.of(agendaSteps, groupMeetings, today));
        model.addAttribute(
                "unionParticipation",
                participation.ofUnions(year, List.of(unionId)).getOrDefault(unionId, ParticipationCounts.NONE));
        model.addAttribute(
                "meetingsHeld",
                participation.meetingsHeldByUnion(year, List.of(unionId)).getOrDefault(unionId, 0L));
        Map<Long, ParticipationCounts> byGroup = participation.ofGroups(year, groupNames.keySet());
        Map<Long, Long> heldByGroup = participation.meetingsHeldByGroup(year, groupNames.keySet());
        model.addAttribute(
                "groupParticipation",
                groups.stream()
                        .map(g -> new ParticipationLine(
                                g.id(), g.name(), byGroup.getOrDefault(g.id(), ParticipationCounts.NONE)))
                        .toList());
        model.addAttribute("heldByGroup", heldByGroup);
        model.addAttribute(
                "structureParticipation",
                lines(
                        structures,
                        participation.ofStructures(
                                year,
                                structures.stream().map(StructureSummary::id).toList())));
        model.addAttribute("owners", unionOwnerChoices(unionId));
        model.addAttribute("themes", themes());
        model.addAttribute("kinds", StepKind.values());
        model.addAttribute("statuses", StepStatus.values());
        return "planning/union";
    }

    // ---- steps

    @PostMapping("/planning/steps/{planningStepId}/status")
    String changeStatus(
            @PathVariable long planningStepId,
            @RequestParam(required = false) String status,
            RedirectAttributes redirect) {
        StepView step = requireStepWriter(planningStepId);
        try {
            planning.changeStatus(planningStepId, parseStatus(status));
            redirect.addFlashAttribute("done", "planning.step.statusChanged");
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute("refused", Refusal.of(refused));
        }
        return "redirect:" + pageOf(step);
    }

    @GetMapping("/planning/steps/{planningStepId}/edit")
    String editStep(@PathVariable long planningStepId, Model model) {
        StepView step = requireStepWriter(planningStepId);
        StepForm form = new StepForm();
        form.setKind(step.kind());
        form.setTitle(step.title());
        form.setThemeCode(step.themeCode());
        form.setStartsOn(step.startsOn());
        form.setEndsOn(step.endsOn());
        form.setOwnerId(step.ownerId());
        form.setStatus(step.status());
        model.addAttribute("stepForm", form);
        return stepPage(step, model);
    }

    @PostMapping("/planning/steps/{planningStepId}/edit")
    String updateStep(
            @PathVariable long planningStepId,
            @ModelAttribute("stepForm") StepForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        StepView step = requireStepWriter(planningStepId);
        try {
            refuseUnconverted(errors);
            planning.updateStep(planningStepId, form.input(), ownersOf(step));
        } catch (InvalidInputException refused) {
            reject(refused, errors);
            return stepPage(step, model);
        }
        redirect.addFlashAttribute("done", "planning.step.saved");
        return "redirect:" + pageOf(step);
    }

    private String stepPage(StepView step, Model model) {
        model.addAttribute("step", step);
        model.addAttribute("back", pageOf(step));
        model.addAttribute(
                "owners", step.groupId() != null ? ownerChoices(step.groupId()) : unionOwnerChoices(step.unionId()));
        model.addAttribute("themes", themes());
        model.addAttribute("kinds", StepKind.values());
        model.addAttribute("statuses", StepStatus.values());
        return "planning/step";
    }

    private Set<Long> ownersOf(StepView step) {
        return step.groupId() != null ? ownersOfGroup(step.groupId()) : ownersOfUnion(step.unionId());
    }

    @PostMapping("/planning/steps/{planningStepId}/delete")
    String deleteStep(@PathVariable long planningStepId, RedirectAttributes redirect) {
        StepView step = requireStepWriter(planningStepId);
        planning.deleteStep(planningStepId);
        redirect.addFlashAttribute("done", "planning.step.deleted");
        return "redirect:" + pageOf(step);
    }

    private StepView requireStepWriter(long stepId) {
        StepView step = planning.step(stepId);
        if (step.groupId() != null) {
            requireOrganiser(step.groupId());
        } else {
            access.requireReadableUnion(step.unionId());
        }
        return step;
    }

    private static String pageOf(StepView step) {
        return step.groupId() != null
                ? "/groups/" + step.groupId() + "/planning"
                : "/uts/" + step.unionId() + "/planning";
    }

    private static StepStatus parseStatus(String status) {
        try {
            return status == null ? null : StepStatus.valueOf(status);
        } catch (IllegalArgumentException unknown) {
            throw InvalidInputException.of("status", "typeMismatch");
        }
    }

    // ---- structure

    /** A structure's participation and its group's dates to come; not for funders (figures of people). */
    @GetMapping("/structures/{structureId}/planning")
    String structure(@PathVariable long structureId, Model model) {
        StructureSummary structure = access.requireReadableStructure(structureId);
        if (!access.canReadPeopleOf(structure)) {
            throw new NotFoundException();
        }
        LocalDate today = today();
        List<Integer> years = List.of(today.getYear() - 2, today.getYear() - 1, today.getYear());
        List<ParticipationLine> byYear = new ArrayList<>();
        for (int y : years) {
            byYear.add(new ParticipationLine(
                    y,
                    String.valueOf(y),
                    participation
                            .ofStructures(y, List.of(structureId))
                            .getOrDefault(structureId, ParticipationCounts.NONE)));
        }
        model.addAttribute("structure", structure);
        model.addAttribute("participationByYear", byYear);
        model.addAttribute("history", meetings.attendanceOfStructure(structureId));
        Long groupId = structure.workingGroupId();
        if (groupId != null) {
            List<MeetingSummary> groupMeetings = meetings.ofGroup(groupId, structure.workingGroupName());
            model.addAttribute("agenda", AgendaItem.of(planning.stepsOfGroup(groupId), groupMeetings, today));
        } else {
            model.addAttribute("agenda", List.of());
        }
        return "planning/structure";
    }

    // ---- helpers

    private WorkingGroupSummary requireOrganiser(long groupId) {
        WorkingGroupSummary group = access.requireReadableGroup(groupId);
        if (!access.canOrganiseGroup(groupId)) {
            throw new NotFoundException();
        }
        return group;
    }

    private WorkingGroupSummary requireMeetingRunner(long groupId) {
        WorkingGroupSummary group = access.requireReadableGroup(groupId);
        if (!access.canOrganiseGroup(groupId) && !access.isExpertOfGroup(groupId)) {
            throw new NotFoundException();
        }
        return group;
    }

    private Map<Long, StructureSummary> allStructuresOf(long groupId) {
        Map<Long, StructureSummary> all = new LinkedHashMap<>();
        directory.structuresOfGroup(groupId, StructureScope.wholeNetwork()).forEach(s -> all.put(s.id(), s));
        return all;
    }

    private BudgetForm budgetForm(long groupId, int year) {
        BudgetForm form = new BudgetForm();
        form.setYear(year);
        form.setDays(planning.budget(groupId, year).budget());
        return form;
    }

    private List<Contact> ownerChoices(long groupId) {
        Map<Long, Contact> owners = new LinkedHashMap<>();
        people.expertsOf(List.of(groupId)).forEach(c -> owners.putIfAbsent(c.userId(), c));
        for (Long unionId : directory.unionIdsOfGroup(groupId)) {
            people.pilotsOf(unionId).forEach(c -> owners.putIfAbsent(c.userId(), c));
        }
        return List.copyOf(owners.values());
    }

    private Set<Long> ownersOfGroup(long groupId) {
        return ownerChoices(groupId).stream().map(Contact::userId).collect(Collectors.toSet());
    }

    private List<Contact> unionOwnerChoices(long unionId) {
        Map<Long, Contact> owners = new LinkedHashMap<>();
        people.pilotsOf(unionId).forEach(c -> owners.putIfAbsent(c.userId(), c));
        Collection<Long> groupIds = directory.groupsTouchingUnions(List.of(unionId)).stream()
                .map(WorkingGroupSummary::id)
                .toList();
        people.expertsOf(groupIds).forEach(c -> owners.putIfAbsent(c.userId(), c));
        return List.copyOf(owners.values());
    }

    private Set<Long> ownersOfUnion(long unionId) {
        return unionOwnerChoices(unionId).stream().map(Contact::userId).collect(Collectors.toSet());
    }

    private List<fr.pilotis.referential.ThemeView> themes() {
        return meetings.currentReferential().map(ReferentialVersion::themes).orElse(List.of());
    }

    private static List<ParticipationLine> lines(
            List<StructureSummary> structures, Map<Long, ParticipationCounts> counts) {
        return structures.stream()
                .map(s ->
                        new ParticipationLine(s.id(), s.name(), counts.getOrDefault(s.id(), ParticipationCounts.NONE)))
                .toList();
    }

    private List<Integer> yearsAround(int year) {
        Set<Integer> years = new LinkedHashSet<>();
        for (int y = Math.min(2015, year); y <= Math.max(year, today().getYear()) + 1; y++) {
            years.add(y);
        }
        return List.copyOf(years);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PARIS));
    }

    /** A value that did not convert keeps its own message; the domain's refusals are added beside it. */
    static void refuseUnconverted(BindingResult errors) {
        if (errors.hasErrors()) {
            throw new InvalidInputException(List.of());
        }
    }

    static void reject(InvalidInputException refused, BindingResult errors) {
        FormErrors.reject(
                new InvalidInputException(refused.problems().stream()
                        .filter(p -> p.field() == null || !errors.hasFieldErrors(p.field()))
                        .toList()),
                errors);
    }
}
