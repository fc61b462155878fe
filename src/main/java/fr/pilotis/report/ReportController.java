package fr.pilotis.report;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.access.PilotisUser;
import fr.pilotis.access.Role;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.organisation.TerritorialUnionSummary;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.NotFoundException;
import fr.pilotis.shared.web.FormErrors;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
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
 * Semester reports (access.md): the pilot writes the UT's, the referent the structure's and its
 * director signs it off; the UT's pilots, the group's experts and the admins read them; funders
 * never (404). Every route asks {@link AccessPolicy} before reading its parameters.
 */
@Controller
class ReportController {

    /** Semesters shown as columns of the UT's structures table, unless all are asked for. */
    static final int RECENT = 4;

    private final AccessPolicy access;
    private final SemesterReports reports;

    ReportController(AccessPolicy access, SemesterReports reports) {
        this.access = access;
        this.reports = reports;
    }

    @GetMapping("/structures/{structureId}/reports")
    String structureReports(@PathVariable long structureId, Model model) {
        StructureSummary structure = access.requireStructureDocuments(structureId);
        model.addAttribute("structure", structure);
        model.addAttribute("lines", reports.ofStructure(structureId));
        model.addAttribute("canWrite", access.holdsOnStructure(structure, Role.REFERENT));
        return "report/structure";
    }

    @PostMapping("/structures/{structureId}/reports")
    String openStructureReport(@PathVariable long structureId, @RequestParam(required = false) String semester) {
        access.requireStructureRole(structureId, Role.REFERENT);
        PilotisUser user = access.currentUser();
        Semester chosen = Semester.parse(semester).orElseThrow(NotFoundException::new);
        long id = reports.openForStructure(structureId, chosen, user.userId(), user.displayName());
        return "redirect:/reports/" + id;
    }

    @GetMapping("/uts/{unionId}/reports")
    String unionReports(@PathVariable long unionId, @RequestParam(required = false) boolean all, Model model) {
        TerritorialUnionSummary union = access.requireReadableUnion(unionId);
        List<Semester> semesters = reports.semesters();
        List<Semester> shown = all ? semesters : semesters.subList(0, Math.min(RECENT, semesters.size()));
        model.addAttribute("union", union);
        model.addAttribute("lines", reports.ofUnion(unionId));
        model.addAttribute("semesters", shown);
        model.addAttribute("all", all);
        model.addAttribute("rows", reports.structuresOfUnion(unionId, shown));
        model.addAttribute("canWrite", isPilotOf(unionId));
        return "report/union";
    }

    @PostMapping("/uts/{unionId}/reports")
    String openUnionReport(@PathVariable long unionId, @RequestParam(required = false) String semester) {
        access.requireReadableUnion(unionId);
        if (!isPilotOf(unionId)) {
            throw new NotFoundException();
        }
        PilotisUser user = access.currentUser();
        Semester chosen = Semester.parse(semester).orElseThrow(NotFoundException::new);
        long id = reports.openForUnion(unionId, chosen, user.userId(), user.displayName());
        return "redirect:/reports/" + id;
    }

    @GetMapping("/admin/reports")
    String network(@RequestParam(required = false) String semester, Model model) {
        access.requireNetworkAdmin();
        Semester chosen = reports.chosen(semester);
        model.addAttribute("semester", chosen);
        model.addAttribute("semesters", reports.semesters());
        model.addAttribute("dueOn", reports.dueOn(chosen));
        model.addAttribute("rows", reports.network(chosen));
        return "report/network";
    }

    @PostMapping("/admin/reports/due-date")
    String setDueDate(
            @RequestParam(required = false) String semester,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            Model model,
            RedirectAttributes redirect) {
        access.requireNetworkAdmin();
        Semester chosen = reports.chosen(semester);
        try {
            reports.setDueDate(chosen, dueOn);
            redirect.addFlashAttribute("saved", "report.dueOn.saved");
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute("refused", refused.problems().get(0).messageKey());
        }
        return "redirect:/admin/reports?semester=" + chosen.code();
    }

    @GetMapping("/reports/{semesterReportId}")
    String report(@PathVariable long semesterReportId, Model model) {
        Rights rights = rightsOn(semesterReportId);
        ReportView report = reports.view(semesterReportId);
        model.addAttribute("form", ReportForm.of(report.content()));
        return show(report, rights, model);
    }

    @GetMapping("/reports/{semesterReportId}/print")
    String print(@PathVariable long semesterReportId, Model model) {
        rightsOn(semesterReportId);
        model.addAttribute("report", reports.view(semesterReportId));
        model.addAttribute("dimensions", BenefitDimension.values());
        return "report/print";
    }

    @PostMapping("/reports/{semesterReportId}")
    String save(
            @PathVariable long semesterReportId,
            @ModelAttribute("form") ReportForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Rights rights = rightsOn(semesterReportId);
        if (!rights.write()) {
            throw new NotFoundException();
        }
        if (!errors.hasErrors()) {
            try {
                reports.saveDraft(semesterReportId, form.content());
                redirect.addFlashAttribute("saved", "report.saved");
                return "redirect:/reports/" + semesterReportId;
            } catch (InvalidInputException refused) {
                FormErrors.reject(refused, errors);
            }
        }
        return show(reports.view(semesterReportId), rights, model);
    }

    @PostMapping("/reports/{semesterReportId}/submit")
    String submit(
            @PathVariable long semesterReportId,
            @ModelAttribute("form") ReportForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Rights rights = rightsOn(semesterReportId);
        if (!rights.write()) {
            throw new NotFoundException();
        }
        if (!errors.hasErrors()) {
            try {
                reports.submit(
                        semesterReportId, form.content(), access.currentUser().displayName());
                redirect.addFlashAttribute("saved", "report.submitted");
                return "redirect:/reports/" + semesterReportId;
            } catch (InvalidInputException refused) {
                FormErrors.reject(refused, errors);
            }
        }
        model.addAttribute("submitRefused", true);
        return show(reports.view(semesterReportId), rights, model);
    }

    @PostMapping("/reports/{semesterReportId}/sign")
    String sign(@PathVariable long semesterReportId, RedirectAttributes redirect) {
        Rights rights = rightsOn(semesterReportId);
        if (!rights.sign()) {
            throw new NotFoundException();
        }
        try {
            reports.signOff(semesterReportId, access.currentUser().displayName());
            redirect.addFlashAttribute("saved", "report.signed");
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute("refused", refused.problems().get(0).messageKey());
        }
        return "redirect:/reports/" + semesterReportId;
    }

    private String show(ReportView report, Rights rights, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("canWrite", rights.write() && report.editable());
        model.addAttribute("canSign", rights.sign() && report.status() == ReportStatus.SUBMITTED);
        model.addAttribute("dimensions", BenefitDimension.values());
        return "report/report";
    }

    /** Who may write (the UT's pilot, the structure's referent) and sign (the structure's director). */
    private record Rights(boolean write, boolean sign) {}

    /** Reads the report's owner and asks the policy: out of scope (or a funder) gets a 404. */
    private Rights rightsOn(long reportId) {
        ReportOwner owner = reports.owner(reportId);
        if (owner.kind() == ReportKind.UNION) {
            access.requireReadableUnion(owner.ownerId());
            return new Rights(isPilotOf(owner.ownerId()), false);
        }
        StructureSummary structure = access.requireStructureDocuments(owner.ownerId());
        return new Rights(
                access.holdsOnStructure(structure, Role.REFERENT), access.holdsOnStructure(structure, Role.DIRECTOR));
    }

    private boolean isPilotOf(long unionId) {
        return access.currentUser().grantsOf(Role.PILOT).stream().anyMatch(g -> g.territorialUnionId() == unionId);
    }
}
