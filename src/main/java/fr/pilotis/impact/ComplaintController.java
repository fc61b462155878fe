package fr.pilotis.impact;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.access.Role;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.web.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
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
 * The complaints register of a structure: its working tool. Read by whoever may read the
 * structure's personal data (never funders), written by its referent.
 */
@Controller
class ComplaintController {

    private final AccessPolicy access;
    private final ComplaintRegister register;
    private final Clock clock;

    ComplaintController(AccessPolicy access, ComplaintRegister register, Clock clock) {
        this.access = access;
        this.register = register;
        this.clock = clock;
    }

    @GetMapping("/structures/{structureId}/complaints")
    String list(
            @PathVariable long structureId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        StructureSummary structure = access.requirePersonalDataOf(structureId);
        Boolean open = "open".equals(status) ? Boolean.TRUE : "closed".equals(status) ? Boolean.FALSE : null;
        ComplaintCategory chosenCategory = Arrays.stream(ComplaintCategory.values())
                .filter(c -> c.name().equals(category))
                .findFirst()
                .orElse(null);
        LocalDate fromDate = date(from);
        LocalDate toDate = date(to);
        model.addAttribute(
                "badDates",
                (from != null && !from.isBlank() && fromDate == null)
                        || (to != null && !to.isBlank() && toDate == null));
        model.addAttribute("structure", structure);
        model.addAttribute(
                "complaints",
                register.list(structureId, new ComplaintRegister.Filter(open, chosenCategory, fromDate, toDate)));
        model.addAttribute("status", open == null ? "" : status);
        model.addAttribute("category", chosenCategory == null ? "" : chosenCategory.name());
        model.addAttribute("from", fromDate);
        model.addAttribute("to", toDate);
        model.addAttribute("categories", ComplaintCategory.values());
        model.addAttribute("canEdit", access.holdsOnStructure(structure, Role.REFERENT));
        return "impact/complaints";
    }

    @GetMapping("/structures/{structureId}/complaints/new")
    String newComplaint(@PathVariable long structureId, Model model) {
        StructureSummary structure = access.requirePersonalDataOf(structureId);
        if (!access.holdsOnStructure(structure, Role.REFERENT)) {
            // readers of the register (pilot, expert, admin, director) get the register itself
            return "redirect:/structures/" + structureId + "/complaints";
        }
        ComplaintForm form = new ComplaintForm();
        form.setReceivedOn(LocalDate.now(clock.withZone(ComplaintRegister.PARIS)));
        model.addAttribute("form", form);
        return form(structure, null, model);
    }

    @PostMapping("/structures/{structureId}/complaints")
    String create(
            @PathVariable long structureId,
            @ModelAttribute("form") ComplaintForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        StructureSummary structure = access.requireStructureRole(structureId, Role.REFERENT);
        if (!errors.hasErrors()) {
            try {
                register.record(structureId, form.input());
                redirect.addFlashAttribute("saved", "impact.complaint.recorded");
                return "redirect:/structures/" + structureId + "/complaints";
            } catch (InvalidInputException refused) {
                FormErrors.reject(refused, errors);
            }
        }
        return form(structure, null, model);
    }

    @GetMapping("/structures/{structureId}/complaints/{complaintId}")
    String show(@PathVariable long structureId, @PathVariable long complaintId, Model model) {
        StructureSummary structure = access.requirePersonalDataOf(structureId);
        ComplaintView complaint = register.find(structureId, complaintId);
        model.addAttribute("form", ComplaintForm.of(complaint));
        return form(structure, complaint, model);
    }

    @PostMapping("/structures/{structureId}/complaints/{complaintId}")
    String update(
            @PathVariable long structureId,
            @PathVariable long complaintId,
            @ModelAttribute("form") ComplaintForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        StructureSummary structure = access.requireStructureRole(structureId, Role.REFERENT);
        ComplaintView complaint = register.find(structureId, complaintId);
        if (!errors.hasErrors()) {
            try {
                register.update(structureId, complaintId, form.input());
                redirect.addFlashAttribute("saved", "impact.complaint.updated");
                return "redirect:/structures/" + structureId + "/complaints";
            } catch (InvalidInputException refused) {
                FormErrors.reject(refused, errors);
            }
        }
        return form(structure, complaint, model);
    }

    @PostMapping("/structures/{structureId}/complaints/{complaintId}/close")
    String close(
            @PathVariable long structureId,
            @PathVariable long complaintId,
            @RequestParam(required = false) String answerGiven,
            RedirectAttributes redirect) {
        access.requireStructureRole(structureId, Role.REFERENT);
        try {
            register.close(structureId, complaintId, answerGiven);
            redirect.addFlashAttribute("saved", "impact.complaint.closed");
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute("refused", refused.problems().get(0).messageKey());
            return "redirect:/structures/" + structureId + "/complaints/" + complaintId;
        }
        return "redirect:/structures/" + structureId + "/complaints";
    }

    private String form(StructureSummary structure, ComplaintView complaint, Model model) {
        model.addAttribute("structure", structure);
        model.addAttribute("complaint", complaint);
        model.addAttribute("canEdit", access.holdsOnStructure(structure, Role.REFERENT));
        model.addAttribute("categories", ComplaintCategory.values());
        model.addAttribute("channels", ComplaintChannel.values());
        return "impact/complaint";
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
