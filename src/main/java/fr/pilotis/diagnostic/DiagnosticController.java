package fr.pilotis.diagnostic;

import fr.pilotis.access.Role;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.referential.CriterionView;
import fr.pilotis.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The diagnostic page and the referent's and director's actions on it. An htmx save answers with
 * the criterion's block alone; without JavaScript the form posts and comes back to the page.
 */
@Controller
class DiagnosticController {

    static final String PAGE = "diagnostic/diagnostic";
    static final String CRITERION = "diagnostic/diagnostic :: criterion";

    private final DiagnosticPages pages;
    private final SelfDiagnostics diagnostics;

    DiagnosticController(DiagnosticPages pages, SelfDiagnostics diagnostics) {
        this.pages = pages;
        this.diagnostics = diagnostics;
    }

    @GetMapping("/diagnostics/{diagnosticId}")
    String diagnostic(@PathVariable long diagnosticId, @RequestParam(required = false) String theme, Model model) {
        List<BlockOverlay> overlays = new ArrayList<>();
        if (model.getAttribute("savedCriterion") instanceof Long saved) {
            overlays.add(BlockOverlay.saved(saved));
        }
        if (model.getAttribute("criterionNotice") instanceof Notice notice && notice.criterionId() != null) {
            overlays.add(BlockOverlay.notice(notice));
        }
        model.addAttribute("page", pages.page(diagnosticId, theme, overlays));
        if (!model.containsAttribute("returnForm")) {
            model.addAttribute("returnForm", new ReturnForm());
        }
        return PAGE;
    }

    @PostMapping("/diagnostics/{diagnosticId}/answers/{criterionId}")
    String answer(
            @PathVariable long diagnosticId,
            @PathVariable long criterionId,
            @ModelAttribute("answerForm") AnswerForm form,
            BindingResult binding,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
            Model model,
            RedirectAttributes redirect) {
        StructureSummary structure = pages.requireRoleOver(diagnosticId, Role.REFERENT);
        BlockOverlay overlay = save(diagnosticId, criterionId, form, binding);
        return pages.afterSave(diagnosticId, structure, criterionId, overlay, htmx, model, redirect);
    }

    @PostMapping("/diagnostics/{diagnosticId}/copy-previous")
    String copyPrevious(@PathVariable long diagnosticId, RedirectAttributes redirect) {
        pages.requireRole(diagnosticId, Role.REFERENT);
        try {
            int copied = diagnostics.copyPreviousAnswers(diagnosticId, pages.actor());
            redirect.addFlashAttribute("notice", Notice.done("diagnostic.copy.done", copied));
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute("notice", refusal(refused));
        }
        return "redirect:" + pages.locationOf(diagnosticId);
    }

    @PostMapping("/diagnostics/{diagnosticId}/submit")
    String submit(@PathVariable long diagnosticId, RedirectAttributes redirect) {
        pages.requireRole(diagnosticId, Role.REFERENT);
        try {
            diagnostics.submit(diagnosticId, pages.actor());
            redirect.addFlashAttribute("notice", Notice.done("diagnostic.submit.done"));
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute("notice", refusal(refused));
        }
        return "redirect:" + pages.locationOf(diagnosticId);
    }

    @PostMapping("/diagnostics/{diagnosticId}/sign-off")
    String signOff(@PathVariable long diagnosticId, RedirectAttributes redirect) {
        pages.requireRole(diagnosticId, Role.DIRECTOR);
        try {
            diagnostics.signOff(diagnosticId, pages.actor());
            redirect.addFlashAttribute("notice", Notice.done("diagnostic.signOff.done"));
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute("notice", refusal(refused));
        }
        return "redirect:" + pages.locationOf(diagnosticId);
    }

    @GetMapping("/diagnostics/{diagnosticId}/answers/{criterionId}/history")
    String history(
            @PathVariable long diagnosticId,
            @PathVariable long criterionId,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
            Model model) {
        StructureSummary structure = pages.requireReader(diagnosticId);
        DiagnosticView view = diagnostics.view(diagnosticId);
        CriterionView criterion = pages.criterion(view, criterionId);
        model.addAttribute("structure", structure);
        model.addAttribute("diagnostic", view);
        model.addAttribute("criterion", criterion);
        model.addAttribute("theme", pages.themeOf(view, criterionId));
        model.addAttribute(
                "changes",
                diagnostics.history(diagnosticId, criterionId).stream()
                        .map(HistoryLine::of)
                        .toList());
        return htmx ? "diagnostic/history :: history" : "diagnostic/history";
    }

    private BlockOverlay save(long diagnosticId, long criterionId, AnswerForm form, BindingResult binding) {
        if (binding.hasErrors()) {
            return new BlockOverlay(criterionId, SaveState.INVALID, form, null, FieldProblem.of(binding), null, null);
        }
        try {
            SaveOutcome outcome = diagnostics.saveAnswer(diagnosticId, criterionId, form.input(), pages.actor());
            return outcome.saved() ? BlockOverlay.saved(criterionId) : conflict(criterionId, form, outcome.current());
        } catch (InvalidInputException refused) {
            return new BlockOverlay(criterionId, SaveState.INVALID, form, null, FieldProblem.of(refused), null, null);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException sameInstant) {
            // two saves at the same instant: the other one won, show it like any conflict
            return conflict(criterionId, form, currentAnswer(diagnostics, diagnosticId, criterionId));
        }
    }

    private static BlockOverlay conflict(long criterionId, AnswerForm typed, AnswerView other) {
        return new BlockOverlay(
                criterionId, SaveState.CONFLICT, typed.onVersion(other.version()), null, List.of(), other, null);
    }

    static AnswerView currentAnswer(SelfDiagnostics diagnostics, long diagnosticId, long criterionId) {
        return diagnostics.view(diagnosticId).answers().getOrDefault(criterionId, AnswerView.unanswered(criterionId));
    }

    static Notice refusal(InvalidInputException refused) {
        InvalidInputException.Problem first = refused.problems().get(0);
        return Notice.refused(first.messageKey(), first.arguments());
    }
}
