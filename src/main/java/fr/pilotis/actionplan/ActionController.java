package fr.pilotis.actionplan;

import fr.pilotis.shared.AuditTrail;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.files.FileStore;
import fr.pilotis.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One action: its page (details, the edit form for those who write the plan, comments, evidence),
 * its updates, the board's status moves, comments and evidence files (added and removed by those
 * who write the plan). Access to the action's plan is
 * checked first; evidence is never for funders (who read no plan at all).
 */
@Controller
class ActionController {

    private final PlanAccess access;
    private final ActionPlans plans;
    private final ActionEvidenceFiles evidence;
    private final DiagnosticFollowUp followUp;
    private final FileStore files;
    private final AuditTrail audit;

    ActionController(
            PlanAccess access,
            ActionPlans plans,
            ActionEvidenceFiles evidence,
            DiagnosticFollowUp followUp,
            FileStore files,
            AuditTrail audit) {
        this.access = access;
        this.plans = plans;
        this.evidence = evidence;
        this.followUp = followUp;
        this.files = files;
        this.audit = audit;
    }

    @GetMapping("/actions/{actionId}")
    String action(@PathVariable long actionId, Model model) {
        ActionView action = plans.find(actionId);
        boolean canWrite = access.readAction(action);
        return page(model, action, canWrite, ActionForm.of(action));
    }

    @PostMapping("/actions/{actionId}")
    String update(
            @PathVariable long actionId,
            @ModelAttribute("form") ActionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        ActionView action = plans.find(actionId);
        access.writeAction(action);
        if (!errors.hasErrors()) {
            try {
                plans.update(actionId, form.draft());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/actions/" + actionId;
            } catch (InvalidInputException refused) {
                FormErrors.reject(refused, errors);
            }
        }
        return page(model, action, true, form);
    }

    /** The board's move: a new status; back to the plan (or the page that asked). */
    @PostMapping("/actions/{actionId}/status")
    String status(
            @PathVariable long actionId,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "view", required = false) String view,
            RedirectAttributes redirect) {
        ActionView action = plans.find(actionId);
        access.writeAction(action);
        ActionStatus chosen = Arrays.stream(ActionStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        String back =
                (action.isCollective() ? "/groups/" + action.workingGroupId() : "/structures/" + action.structureId())
                        + "/actions" + ("board".equals(view) ? "?view=board" : "");
        if (chosen == null) {
            redirect.addFlashAttribute("refused", "actionplan.status.invalid");
            return "redirect:" + back;
        }
        plans.changeStatus(actionId, chosen);
        if (chosen == ActionStatus.DONE && !action.criteria().isEmpty() && !action.isCollective()) {
            // the structure is invited to update its answers: the action's page says where
            redirect.addFlashAttribute("saved", true);
            return "redirect:/actions/" + actionId;
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + back;
    }

    @PostMapping("/actions/{actionId}/comments")
    String comment(
            @PathVariable long actionId,
            @RequestParam(name = "body", required = false) String body,
            RedirectAttributes redirect) {
        ActionView action = plans.find(actionId);
        access.readAction(action);
        try {
            plans.comment(actionId, body, access.actor());
            redirect.addFlashAttribute("commented", true);
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute(
                    "commentRefused", refused.problems().get(0).messageKey());
        }
        return "redirect:/actions/" + actionId + "#comments";
    }

    @PostMapping("/actions/{actionId}/evidence")
    String upload(
            @PathVariable long actionId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        ActionView action = plans.find(actionId);
        access.writeAction(action);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("evidenceRefused", "file.empty");
            redirect.addFlashAttribute("evidenceRefusedArguments", new Object[0]);
        } else {
            try (InputStream content = file.getInputStream()) {
                evidence.attach(actionId, file.getOriginalFilename(), file.getSize(), content, access.actor());
                redirect.addFlashAttribute("evidenceAdded", true);
            } catch (InvalidInputException refused) {
                redirect.addFlashAttribute(
                        "evidenceRefused", refused.problems().get(0).messageKey());
                redirect.addFlashAttribute(
                        "evidenceRefusedArguments",
                        refused.problems().get(0).arguments().toArray(new Object[0]));
            } catch (IOException unreadable) {
                redirect.addFlashAttribute("evidenceRefused", "file.unreadable");
                redirect.addFlashAttribute("evidenceRefusedArguments", new Object[0]);
            }
        }
        return "redirect:/actions/" + actionId + "#evidence";
    }

    @GetMapping("/action-evidence/{actionEvidenceId}")
    void download(@PathVariable long actionEvidenceId, HttpServletResponse response) throws IOException {
        ActionEvidenceView found = evidence.find(actionEvidenceId);
        access.readAction(plans.find(found.actionId()));
        audit.record("DOWNLOAD", "ActionEvidence", actionEvidenceId, Map.of("file", found.fileName()));
        response.setContentType(found.contentType());
        response.setContentLengthLong(found.sizeBytes());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(found.fileName(), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        // commit the headers first: the shared session is saved then, not inside the read-only
        // transaction that reads the chunks
        response.flushBuffer();
        files.copyTo(found.fileId(), response.getOutputStream());
    }

    /** Removes a file attached by mistake: for those who write the action's plan, as for adding one. */
    @PostMapping("/action-evidence/{actionEvidenceId}/delete")
    String delete(@PathVariable long actionEvidenceId, RedirectAttributes redirect) {
        ActionEvidenceView found = evidence.find(actionEvidenceId);
        access.writeAction(plans.find(found.actionId()));
        evidence.remove(actionEvidenceId);
        redirect.addFlashAttribute("evidenceRemoved", found.fileName());
        return "redirect:/actions/" + found.actionId() + "#evidence";
    }

    private String page(Model model, ActionView action, boolean canWrite, ActionForm form) {
        PlanChoices choices = action.isCollective()
                ? plans.choicesForGroup(action.workingGroupId())
                : plans.choicesForStructure(action.structureId());
        model.addAttribute("action", action);
        model.addAttribute("canWrite", canWrite);
        model.addAttribute("form", form);
        model.addAttribute("choices", choices);
        model.addAttribute("priorities", ActionPriority.values());
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("comments", plans.comments(action.id()));
        model.addAttribute("evidence", evidence.ofAction(action.id()));
        model.addAttribute(
                "planPath",
                action.isCollective() ? "/groups/" + action.workingGroupId() : "/structures/" + action.structureId());
        if (action.status() == ActionStatus.DONE && !action.criteria().isEmpty() && !action.isCollective()) {
            List<String> codes =
                    action.criteria().stream().map(ActionView.Tag::code).toList();
            model.addAttribute(
                    "answerUpdates",
                    followUp.answerUpdates(action.structureId(), codes).orElse(null));
            model.addAttribute("answerInvitation", true);
        }
        return "actionplan/action";
    }
}
