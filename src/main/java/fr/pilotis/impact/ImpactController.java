package fr.pilotis.impact;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.access.Role;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.web.FormErrors;
import java.time.Clock;
import java.util.List;
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
 * A structure's impact data for a year: everyone who reads the structure sees the figures; the
 * referent enters them; funders get figures only (no benefits text, no questionnaire list).
 */
@Controller
class ImpactController {

    private final AccessPolicy access;
    private final ImpactData impact;
    private final Clock clock;

    ImpactController(AccessPolicy access, ImpactData impact, Clock clock) {
        this.access = access;
        this.impact = impact;
        this.clock = clock;
    }

    @GetMapping("/structures/{structureId}/impact")
    String page(@PathVariable long structureId, @RequestParam(required = false) Integer year, Model model) {
        StructureSummary structure = access.requireReadableStructure(structureId);
        int chosen = ImpactYears.chosen(year, clock);
        model.addAttribute("form", ImpactYearForm.of(chosen, impact.entered(structureId, chosen)));
        model.addAttribute("questionnaireForm", questionnaireForm(chosen));
        return show(structure, chosen, model);
    }

    @PostMapping("/structures/{structureId}/impact")
    String save(
            @PathVariable long structureId,
            @ModelAttribute("form") ImpactYearForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        StructureSummary structure = access.requireStructureRole(structureId, Role.REFERENT);
        int year = ImpactYears.chosen(form.getYear(), clock);
        if (!errors.hasErrors()) {
            try {
                impact.save(structureId, year, form.input());
                redirect.addFlashAttribute("saved", "impact.saved");
                return "redirect:/structures/" + structureId + "/impact?year=" + year;
            } catch (InvalidInputException refused) {
                FormErrors.reject(refused, errors);
            }
        }
        model.addAttribute("questionnaireForm", questionnaireForm(year));
        return show(structure, year, model);
    }

    @PostMapping("/structures/{structureId}/impact/questionnaires")
    String addQuestionnaire(
            @PathVariable long structureId,
            @ModelAttribute("questionnaireForm") QuestionnaireForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        StructureSummary structure = access.requireStructureRole(structureId, Role.REFERENT);
        int year = ImpactYears.chosen(form.getYear(), clock);
        if (!errors.hasErrors()) {
            try {
                impact.addQuestionnaire(structureId, year, form.getReturnedOn(), form.getAnswer());
                redirect.addFlashAttribute("saved", "impact.questionnaire.added");
                return "redirect:/structures/" + structureId + "/impact?year=" + year + "#questionnaires";
            } catch (InvalidInputException refused) {
                FormErrors.reject(refused, errors);
            }
        }
        model.addAttribute("form", ImpactYearForm.of(year, impact.entered(structureId, year)));
        return show(structure, year, model);
    }

    @PostMapping("/structures/{structureId}/impact/questionnaires/{surveyAnswerId}/delete")
    String deleteQuestionnaire(
            @PathVariable long structureId,
            @PathVariable long surveyAnswerId,
            @RequestParam(required = false) Integer year,
            RedirectAttributes redirect) {
        access.requireStructureRole(structureId, Role.REFERENT);
        impact.deleteQuestionnaire(structureId, surveyAnswerId);
        redirect.addFlashAttribute("saved", "impact.questionnaire.deleted");
        return "redirect:/structures/" + structureId + "/impact?year=" + ImpactYears.chosen(year, clock)
                + "#questionnaires";
    }

    private String show(StructureSummary structure, int year, Model model) {
        boolean personal = access.canReadPeopleOf(structure);
        StructureImpact figures = impact.figures(structure.id(), year);
        model.addAttribute("structure", structure);
        model.addAttribute("year", year);
        model.addAttribute("years", ImpactYears.offered(clock));
        model.addAttribute("figures", personal ? figures : figures.withoutText());
        model.addAttribute("personal", personal);
        model.addAttribute("canEdit", access.holdsOnStructure(structure, Role.REFERENT));
        model.addAttribute("questionnaires", personal ? impact.questionnaires(structure.id(), year) : List.of());
        model.addAttribute("modes", SurveyMode.values());
        model.addAttribute("levels", SatisfactionLevel.values());
        return "impact/structure";
    }

    private static QuestionnaireForm questionnaireForm(int year) {
        QuestionnaireForm form = new QuestionnaireForm();
        form.setYear(year);
        return form;
    }
}
