package fr.pilotis.deliverable;

import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.shared.AuditTrail;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.NotFoundException;
import fr.pilotis.shared.files.FileDownloads;
import fr.pilotis.shared.files.FileStore;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One deliverable: its versions (each downloadable), its thread, the referent's upload and the
 * expert's review. Every route first finds the deliverable's structure and asks whether the person
 * may act on it; an id outside their scope answers 404.
 */
@Controller
class DeliverableController {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final DeliverableAccess access;
    private final Deliverables deliverables;
    private final FileStore files;
    private final AuditTrail audit;
    private final Clock clock;

    DeliverableController(
            DeliverableAccess access, Deliverables deliverables, FileStore files, AuditTrail audit, Clock clock) {
        this.access = access;
        this.deliverables = deliverables;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/deliverables/{deliverableId}")
    String deliverable(@PathVariable long deliverableId, Model model) {
        DeliverableLine line = deliverables.line(deliverableId);
        StructureSummary structure = access.requireReadable(line);
        model.addAttribute("line", line);
        model.addAttribute("structure", structure);
        model.addAttribute("versions", deliverables.versions(deliverableId));
        model.addAttribute("thread", deliverables.thread(deliverableId));
        model.addAttribute("canFile", access.canFile(line, structure) && line.status() != DeliverableStatus.VALIDATED);
        model.addAttribute("canReview", access.canReview(structure) && line.status() == DeliverableStatus.SUBMITTED);
        model.addAttribute("canComment", access.canFile(line, structure) || access.canReview(structure));
        model.addAttribute("overdue", line.isOverdueOn(LocalDate.now(clock.withZone(PARIS))));
        return "deliverable/deliverable";
    }

    @PostMapping("/deliverables/{deliverableId}/versions")
    String fileVersion(
            @PathVariable long deliverableId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "label", required = false) String label,
            RedirectAttributes redirect) {
        access.requireFiler(deliverables.line(deliverableId));
        Outcome outcome;
        if (file == null || file.isEmpty()) {
            outcome = Outcome.refusedOn("file", "file.empty");
        } else {
            try (InputStream content = file.getInputStream()) {
                DeliverableVersionView filed = deliverables.fileVersion(
                        deliverableId, file.getOriginalFilename(), file.getSize(), content, label, access.actor());
                outcome = Outcome.done("deliverable.version.filed", filed.number(), filed.fileName());
            } catch (InvalidInputException refused) {
                outcome = Outcome.refused(refused);
            } catch (IOException unreadable) {
                outcome = Outcome.refusedOn("file", "file.unreadable");
            } catch (ObjectOptimisticLockingFailureException meanwhile) {
                outcome = Outcome.refused("deliverable.changedMeanwhile");
            }
        }
        if (!outcome.success()) {
            // the file must be chosen again (browsers never refill a file input); its comment is kept
            redirect.addFlashAttribute("sentForm", "version");
            redirect.addFlashAttribute("typedLabel", label);
        }
        redirect.addFlashAttribute("outcome", outcome);
        return "redirect:/deliverables/" + deliverableId;
    }

    @PostMapping("/deliverables/{deliverableId}/comments")
    String comment(
            @PathVariable long deliverableId,
            @RequestParam(name = "body", required = false) String body,
            RedirectAttributes redirect) {
        access.requireThreadMember(deliverables.line(deliverableId));
        Outcome outcome;
        try {
            deliverables.comment(deliverableId, body, access.actor());
            outcome = Outcome.done("deliverable.comment.added");
        } catch (InvalidInputException refused) {
            outcome = Outcome.refused(refused);
            redirect.addFlashAttribute("sentForm", "comment");
            redirect.addFlashAttribute("typedBody", body);
        }
        redirect.addFlashAttribute("outcome", outcome);
        return "redirect:/deliverables/" + deliverableId + "#thread";
    }

    @PostMapping("/deliverables/{deliverableId}/review")
    String review(
            @PathVariable long deliverableId,
            @RequestParam(name = "decision", required = false) String decision,
            @RequestParam(name = "body", required = false) String body,
            RedirectAttributes redirect) {
        access.requireReviewer(deliverables.line(deliverableId));
        DeliverableStatus chosen = "VALIDATED".equals(decision)
                ? DeliverableStatus.VALIDATED
                : "CHANGES_REQUESTED".equals(decision) ? DeliverableStatus.CHANGES_REQUESTED : null;
        Outcome outcome;
        try {
            deliverables.review(deliverableId, chosen, body, access.actor());
            outcome = Outcome.done("deliverable.review.done." + chosen.name());
        } catch (InvalidInputException refused) {
            outcome = Outcome.refused(refused);
        } catch (ObjectOptimisticLockingFailureException meanwhile) {
            // a version filed or a decision taken at the same moment: show the page as it is now
            outcome = Outcome.refused("deliverable.changedMeanwhile");
        }
        if (!outcome.success()) {
            redirect.addFlashAttribute("sentForm", "review");
            redirect.addFlashAttribute("typedBody", body);
        }
        redirect.addFlashAttribute("outcome", outcome);
        return "redirect:/deliverables/" + deliverableId;
    }

    @GetMapping("/deliverable-versions/{deliverableVersionId}")
    void download(@PathVariable long deliverableVersionId, HttpServletResponse response) throws IOException {
        DeliverableVersionView version = deliverables.version(deliverableVersionId);
        access.requireReadable(deliverables.line(version.deliverableId()));
        audit.record("DOWNLOAD", "DeliverableVersion", version.id(), Map.of("file", version.fileName()));
        FileDownloads.send(files.find(version.fileId()).orElseThrow(NotFoundException::new), files, response);
    }
}
