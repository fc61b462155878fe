package fr.pilotis.actionplan;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.organisation.TerritorialUnionSummary;
import fr.pilotis.organisation.WorkingGroupSummary;
import fr.pilotis.referential.CriterionView;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.web.FormErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plans: a group's collective plan, a structure's plan, a UT's overview, the collective plan's
 * XLSX export and import, and the structure's actions created from its criteria not met. Access is
 * checked first ({@link PlanAccess}), before any request parameter is read.
 */
@Controller
class ActionPlanController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PlanAccess access;
    private final AccessPolicy policy;
    private final ActionPlans plans;
    private final ActionPlanFigures figures;
    private final ActionPlanImport imports;
    private final DiagnosticFollowUp followUp;
    private final OrganisationDirectory directory;

    ActionPlanController(
            PlanAccess access,
            AccessPolicy policy,
            ActionPlans plans,
            ActionPlanFigures figures,
            ActionPlanImport imports,
            DiagnosticFollowUp followUp,
            OrganisationDirectory directory) {
        this.access = access;
        this.policy = policy;
        this.plans = plans;
        this.figures = figures;
        this.imports = imports;
        this.followUp = followUp;
        this.directory = directory;
    }

    // ---- a group's collective plan

    @GetMapping("/groups/{groupId}/actions")
    String groupPlan(
            @PathVariable long groupId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) String view,
            Model model) {
        WorkingGroupSummary group = access.readGroup(groupId);
        model.addAttribute(
                "page",
                PlanPage.of(
                        true,
                        groupId,
                        group.name(),
                        plans.ofGroup(groupId),
                        filter(status, owner, theme),
                        plans.choicesForGroup(groupId),
                        access.canWriteGroup(groupId),
                        "board".equals(view)));
        model.addAttribute("statuses", ActionStatus.values());
        return "actionplan/plan";
    }

    @GetMapping("/groups/{groupId}/actions/new")
    String newCollective(@PathVariable long groupId, Model model) {
        WorkingGroupSummary group = access.writeGroup(groupId);
        return form(model, new ActionForm(), plans.choicesForGroup(groupId), group.name(), "/groups/" + groupId);
    }

    @PostMapping("/groups/{groupId}/actions")
    String createCollective(
            @PathVariable long groupId,
            @ModelAttribute("form") ActionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        WorkingGroupSummary group = access.writeGroup(groupId);
        PlanChoices choices = plans.choicesForGroup(groupId);
        if (!errors.hasErrors()) {
            try {
                long id = plans.createCollective(groupId, form.draft(), access.actor());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/actions/" + id;
            } catch (InvalidInputException refused) {
                FormErrors.reject(refused, errors);
            }
        }
        return form(model, form, choices, group.name(), "/groups/" + groupId);
    }

    @GetMapping("/groups/{groupId}/actions/export.xlsx")
    ResponseEntity<StreamingResponseBody> exportGroup(@PathVariable long groupId) {
        WorkingGroupSummary group = access.readGroup(groupId);
        List<ActionPlanWorkbook.GroupPlan> sheets =
                List.of(new ActionPlanWorkbook.GroupPlan(group.name(), plans.ofGroup(groupId)));
        PlanChoices choices = plans.choicesForGroup(groupId);
        return xlsx(
                "plan-actions-groupe-" + groupId + ".xlsx",
                out -> ActionPlanWorkbook.write(sheets, choices.themes(), out));
    }

    @PostMapping("/groups/{groupId}/actions/import")
    String importGroup(
            @PathVariable long groupId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        access.writeGroup(groupId);
        List<ImportProblem> problems;
        try {
            byte[] bytes = file == null ? new byte[0] : file.getBytes();
            ActionPlanImport.Result result = imports.importInto(groupId, bytes, access.actor());
            redirect.addFlashAttribute("imported", new int[] {result.created(), result.updated()});
            return "redirect:/groups/" + groupId + "/actions";
        } catch (ImportRefusedException refused) {
            problems = refused.problems();
        } catch (IOException unreadable) {
            problems = List.of(ImportProblem.ofFile("actionplan.file.corrupt"));
        } catch (InvalidInputException refused) {
            // the reader checks every rule first; this only guards a rule it would not know
            problems = refused.problems().stream()
                    .map(p -> ImportProblem.ofFile(p.messageKey(), p.arguments().toArray()))
                    .toList();
        }
        model.addAttribute("importProblems", problems);
        return groupPlan(groupId, null, null, null, null, model);
    }

    // ---- a structure's plan

    @GetMapping("/structures/{structureId}/actions")
    String structurePlan(
            @PathVariable long structureId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) String view,
            Model model) {
        StructureSummary structure = access.readStructure(structureId);
        boolean canWrite = access.canWriteStructure(structure);
        model.addAttribute("structure", structure);
        model.addAttribute(
                "page",
                PlanPage.of(
                        false,
                        structureId,
                        structure.name(),
                        plans.ofStructure(structureId),
                        filter(status, owner, theme),
                        plans.choicesForStructure(structureId),
                        canWrite,
                        "board".equals(view)));
        DiagnosticFollowUp.NotMet notMet = followUp.notMet(structureId);
        Set<Long> covered = plans.criteriaCoveredInStructurePlan(structureId);
        model.addAttribute("notMetYear", notMet.year());
        model.addAttribute(
                "notMet",
                notMet.criteria().stream()
                        .map(c -> new NotMetLine(c.id(), c.code(), c.level(), c.title(), covered.contains(c.id())))
                        .toList());
        model.addAttribute("statuses", ActionStatus.values());
        return "actionplan/plan";
    }

    /** A criterion not met, and whether an action of the plan already works on it. */
    public record NotMetLine(long criterionId, String code, int level, String title, boolean covered) {}

    @GetMapping("/structures/{structureId}/actions/new")
    String newForStructure(@PathVariable long structureId, Model model) {
        StructureSummary structure = access.writeStructure(structureId);
        return form(
                model,
                new ActionForm(),
                plans.choicesForStructure(structureId),
                structure.name(),
                "/structures/" + structureId);
    }

    @PostMapping("/structures/{structureId}/actions")
    String createForStructure(
            @PathVariable long structureId,
            @ModelAttribute("form") ActionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        StructureSummary structure = access.writeStructure(structureId);
        PlanChoices choices = plans.choicesForStructure(structureId);
        if (!errors.hasErrors()) {
            try {
                long id = plans.createForStructure(structureId, form.draft(), access.actor());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/actions/" + id;
            } catch (InvalidInputException refused) {
                FormErrors.reject(refused, errors);
            }
        }
        return form(model, form, choices, structure.name(), "/structures/" + structureId);
    }

    /** One criterion not met (criterionId given) or all of them become actions; never twice. */
    @PostMapping("/structures/{structureId}/actions/from-diagnostic")
    String fromDiagnostic(
            @PathVariable long structureId,
            @RequestParam(name = "criterionId", required = false) String criterionId,
            RedirectAttributes redirect) {
        access.writeStructure(structureId);
        List<CriterionView> notMet = followUp.notMet(structureId).criteria();
        if (criterionId != null) {
            notMet = notMet.stream()
                    .filter(c -> String.valueOf(c.id()).equals(criterionId.strip()))
                    .toList();
            if (notMet.isEmpty()) {
                redirect.addFlashAttribute("refused", "actionplan.fromDiagnostic.unknown");
                return "redirect:/structures/" + structureId + "/actions";
            }
        }
        List<Long> created = plans.createFromCriteria(structureId, notMet, access.actor());
        redirect.addFlashAttribute("createdFromDiagnostic", created.size());
        return "redirect:/structures/" + structureId + "/actions";
    }

    // ---- a UT's plans

    @GetMapping("/uts/{unionId}/actions")
    String unionPlans(@PathVariable long unionId, Model model) {
        TerritorialUnionSummary union = policy.requireReadableUnion(unionId);
        List<StructureSummary> structures = directory.structures(unionScope(unionId));
        List<WorkingGroupSummary> groups = directory.groupsTouchingUnions(List.of(unionId));
        Map<Long, Completion> ofStructures = figures.completionOfStructures(
                structures.stream().map(StructureSummary::id).toList());
        Map<Long, Completion> ofGroups = figures.completionOfGroups(
                groups.stream().map(WorkingGroupSummary::id).toList());
        model.addAttribute("union", union);
        model.addAttribute("structures", structures);
        model.addAttribute("groups", groups);
        model.addAttribute("ofStructures", ofStructures);
        model.addAttribute("ofGroups", ofGroups);
        model.addAttribute("structuresTotal", ofStructures.values().stream().reduce(Completion.NONE, Completion::plus));
        model.addAttribute("groupsTotal", ofGroups.values().stream().reduce(Completion.NONE, Completion::plus));
        model.addAttribute("none", Completion.NONE);
        return "actionplan/union";
    }

    @GetMapping("/uts/{unionId}/actions/export.xlsx")
    ResponseEntity<StreamingResponseBody> exportUnion(@PathVariable long unionId) {
        policy.requireReadableUnion(unionId);
        List<WorkingGroupSummary> groups = directory.groupsTouchingUnions(List.of(unionId));
        Map<Long, List<ActionView>> byGroup =
                plans.ofGroups(groups.stream().map(WorkingGroupSummary::id).toList());
        List<ActionPlanWorkbook.GroupPlan> sheets = groups.stream()
                .map(g -> new ActionPlanWorkbook.GroupPlan(g.name(), byGroup.getOrDefault(g.id(), List.of())))
                .toList();
        PlanChoices choices = groups.isEmpty()
                ? new PlanChoices(null, List.of())
                : plans.choicesForGroup(groups.get(0).id());
        return xlsx(
                "plans-actions-ut-" + unionId + ".xlsx",
                out -> ActionPlanWorkbook.write(sheets, choices.themes(), out));
    }

    // ---- helpers

    private static StructureScope unionScope(long unionId) {
        return new StructureScope(false, Set.of(unionId), Set.of(), Set.of(), Set.of());
    }

    private String form(Model model, ActionForm form, PlanChoices choices, String planName, String planPath) {
        model.addAttribute("form", form);
        model.addAttribute("choices", choices);
        model.addAttribute("planName", planName);
        model.addAttribute("planPath", planPath);
        model.addAttribute("action", null);
        model.addAttribute("priorities", ActionPriority.values());
        model.addAttribute("statuses", ActionStatus.values());
        return "actionplan/new";
    }

    static PlanPage.Filter filter(String status, String owner, String theme) {
        ActionStatus chosen = Arrays.stream(ActionStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        return new PlanPage.Filter(chosen, blankToNull(owner), blankToNull(theme));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static ResponseEntity<StreamingResponseBody> xlsx(String fileName, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
