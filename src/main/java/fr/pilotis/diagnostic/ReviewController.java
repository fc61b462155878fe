package fr.pilotis.diagnostic;

import fr.pilotis.access.Role;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.web.FormErrors;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The expert of the structure's group: reviews each criterion, then validates or returns the diagnostic. */
@Controller
class ReviewController {

    private final DiagnosticPages pages;
    private final SelfDiagnostics diagnostics;

    ReviewController(DiagnosticPages pages, SelfDiagnostics diagnostics) {
        this.pages = pages;
        this.diagnostics = diagnostics;
    }

    @PostMapping("/diagnostics/{diagnosticId}/reviews/{criterionId}")
    String review(
            @PathVariable long diagnosticId,
            @PathVariable long criterionId,
            @ModelAttribute("reviewForm") ReviewForm form,
            BindingResult binding,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
            Model model,
            RedirectAttributes redirect) {
        StructureSummary structure = pages.requireRoleOver(diagnosticId, Role.EXPERT);
        BlockOverlay overlay = save(diagnosticId, criterionId, form, binding);
        return pages.afterSave(diagnosticId, structure, criterionId, overlay, htmx, model, redirect);
    }

    @PostMapping("/diagnostics/{diagnosticId}/validate")
    String validate(@PathVariable long diagnosticId, RedirectAttributes redirect) {
        pages.requireRole(diagnosticId, Role.EXPERT);
        try {
            diagnostics.validate(diagnosticId, pages.actor());
            redirect.addFlashAttribute("notice", Notice.done("diagnostic.validate.done"));
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute("notice", DiagnosticController.refusal(refused));
        }
        return "redirect:" + pages.locationOf(diagnosticId);
    }

    @PostMapping("/diagnostics/{diagnosticId}/return")
    String returnToStructure(
            @PathVariable long diagnosticId,
            @ModelAttribute("returnForm") ReturnForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        pages.requireRole(diagnosticId, Role.EXPERT);
        try {
            diagnostics.returnToStructure(diagnosticId, form.getNote(), pages.actor());
        } catch (InvalidInputException refused) {
            FormErrors.reject(refused, errors);
            model.addAttribute("page", pages.page(diagnosticId, null, List.of()));
            return DiagnosticController.PAGE;
        }
        redirect.addFlashAttribute("notice", Notice.done("diagnostic.return.done"));
        return "redirect:" + pages.locationOf(diagnosticId);
    }

    private BlockOverlay save(long diagnosticId, long criterionId, ReviewForm form, BindingResult binding) {
        if (binding.hasErrors() || !form.hasKnownVerdict()) {
            List<FieldProblem> problems = binding.hasErrors()
                    ? FieldProblem.of(binding)
                    : List.of(new FieldProblem("verdict", "diagnostic.form.invalidValue", List.of()));
            return new BlockOverlay(criterionId, SaveState.INVALID, null, form, problems, null, null);
        }
        try {
            SaveOutcome outcome = diagnostics.review(diagnosticId, criterionId, form.input(), pages.actor());
            return outcome.saved() ? BlockOverlay.saved(criterionId) : conflict(criterionId, form, outcome.current());
        } catch (InvalidInputException refused) {
            // the service names the rating "rating"; the form calls it the verdict
            List<FieldProblem> problems = FieldProblem.of(refused).stream()
                    .map(p ->
                            "rating".equals(p.field()) ? new FieldProblem("verdict", p.messageKey(), p.arguments()) : p)
                    .toList();
            return new BlockOverlay(criterionId, SaveState.INVALID, null, form, problems, null, null);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException sameInstant) {
            return conflict(
                    criterionId, form, DiagnosticController.currentAnswer(diagnostics, diagnosticId, criterionId));
        }
    }

    private static BlockOverlay conflict(long criterionId, ReviewForm typed, AnswerView other) {
        return new BlockOverlay(
                criterionId, SaveState.CONFLICT, null, typed.onVersion(other.version()), List.of(), other, null);
    }
}
