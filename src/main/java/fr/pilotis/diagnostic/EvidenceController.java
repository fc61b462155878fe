package fr.pilotis.diagnostic;

import fr.pilotis.access.Role;
import fr.pilotis.shared.AuditTrail;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.files.FileDownloads;
import fr.pilotis.shared.files.FileStore;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Evidence files: the referent adds and removes them while the diagnostic is editable; whoever may
 * read the diagnostic downloads them (never funders). Downloads stream from the database chunk by
 * chunk, as attachments that the browser does not try to sniff or display.
 */
@Controller
class EvidenceController {

    private final DiagnosticPages pages;
    private final SelfDiagnostics diagnostics;
    private final EvidenceFiles evidence;
    private final FileStore files;
    private final AuditTrail audit;

    EvidenceController(
            DiagnosticPages pages,
            SelfDiagnostics diagnostics,
            EvidenceFiles evidence,
            FileStore files,
            AuditTrail audit) {
        this.pages = pages;
        this.diagnostics = diagnostics;
        this.evidence = evidence;
        this.files = files;
        this.audit = audit;
    }

    @PostMapping("/diagnostics/{diagnosticId}/answers/{criterionId}/evidence")
    String upload(
            @PathVariable long diagnosticId,
            @PathVariable long criterionId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        pages.requireRole(diagnosticId, Role.REFERENT);
        DiagnosticView view = diagnostics.view(diagnosticId);
        pages.criterion(view, criterionId);
        Notice notice;
        if (file == null || file.isEmpty()) {
            notice = Notice.refused("file.empty", List.of());
        } else {
            try (InputStream content = file.getInputStream()) {
                EvidenceView added = evidence.attach(
                        diagnosticId, criterionId, file.getOriginalFilename(), file.getSize(), content, pages.actor());
                notice = Notice.done("diagnostic.evidence.added", added.fileName());
            } catch (InvalidInputException refused) {
                notice = DiagnosticController.refusal(refused);
            } catch (IOException unreadable) {
                notice = Notice.refused("file.unreadable", List.of());
            }
        }
        redirect.addFlashAttribute("criterionNotice", notice.about(criterionId));
        return "redirect:" + pages.locationOf(view, criterionId);
    }

    @GetMapping("/evidence/{evidenceId}")
    void download(@PathVariable long evidenceId, HttpServletResponse response) throws IOException {
        EvidenceView found = evidence.find(evidenceId);
        pages.requireReader(found.diagnosticId());
        audit.record("DOWNLOAD", "Evidence", evidenceId, Map.of("file", found.fileName()));
        response.setContentType(found.contentType());
        response.setContentLengthLong(found.sizeBytes());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, FileDownloads.attachment(found.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        // commit the headers first: the shared session is saved then, not inside the read-only
        // transaction that reads the chunks
        response.flushBuffer();
        files.copyTo(found.fileId(), response.getOutputStream());
    }

    @PostMapping("/evidence/{evidenceId}/delete")
    String delete(@PathVariable long evidenceId, RedirectAttributes redirect) {
        EvidenceView found = evidence.find(evidenceId);
        pages.requireRole(found.diagnosticId(), Role.REFERENT);
        Notice notice;
        try {
            evidence.remove(evidenceId);
            notice = Notice.done("diagnostic.evidence.removed", found.fileName());
        } catch (InvalidInputException refused) {
            notice = DiagnosticController.refusal(refused);
        }
        redirect.addFlashAttribute("criterionNotice", notice.about(found.criterionId()));
        return "redirect:" + pages.locationOf(diagnostics.view(found.diagnosticId()), found.criterionId());
    }
}
