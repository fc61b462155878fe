package fr.pilotis.deliverable;

import fr.pilotis.referential.CriterionView;
import fr.pilotis.shared.AuditTrail;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.NotFoundException;
import fr.pilotis.shared.files.FileDownloads;
import fr.pilotis.shared.files.FileStore;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The toolbox page: search the model documents (title, criterion, kind; paged), read a criterion's
 * guide, download; the admin and experts add and remove documents. Not for funders. A document
 * is the whole network's: its routes are confined to the network (tenant) and refused to funders,
 * and the access matrix checks its id as a network-wide one ({@code RouteIds.NETWORK_WIDE}).
 */
@Controller
class ToolboxController {

    static final int PAGE_SIZE = 20;

    private final DeliverableAccess access;
    private final Toolbox toolbox;
    private final FileStore files;
    private final AuditTrail audit;

    ToolboxController(DeliverableAccess access, Toolbox toolbox, FileStore files, AuditTrail audit) {
        this.access = access;
        this.toolbox = toolbox;
        this.files = files;
        this.audit = audit;
    }

    @GetMapping("/toolbox")
    String toolbox(
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "criterion", required = false) String criterion,
            @RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        access.requireProgrammeMember();
        DocumentKind chosenKind = parseKind(kind);
        Page<ToolboxDocumentView> found = toolbox.search(
                q, criterion, chosenKind, PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by("title", "id")));
        java.util.List<CriterionView> criteria = toolbox.currentCriteria();
        model.addAttribute("q", q);
        model.addAttribute("criterion", criterion);
        model.addAttribute("kind", chosenKind);
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("criteria", criteria);
        model.addAttribute(
                "guide",
                criterion == null
                        ? null
                        : criteria.stream()
                                .filter(c -> c.code().equals(criterion))
                                .findFirst()
                                .orElse(null));
        model.addAttribute("documents", found);
        model.addAttribute("canEdit", access.canEditToolbox());
        return "toolbox/toolbox";
    }

    @PostMapping("/toolbox/documents")
    String add(
            @RequestParam(name = "criterionId", required = false) Long criterionId,
            @RequestParam(name = "title", required = false) String title,
            @RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "versionLabel", required = false) String versionLabel,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        access.requireToolboxEditor();
        Outcome outcome;
        if (file == null || file.isEmpty()) {
            outcome = Outcome.refusedOn("file", "file.empty");
        } else {
            try (InputStream content = file.getInputStream()) {
                ToolboxDocumentView added = toolbox.add(
                        criterionId,
                        title,
                        parseKind(kind),
                        versionLabel,
                        file.getOriginalFilename(),
                        file.getSize(),
                        content,
                        access.actor());
                outcome = Outcome.done("toolbox.added", added.title());
            } catch (InvalidInputException refused) {
                outcome = Outcome.refused(refused);
            } catch (IOException unreadable) {
                outcome = Outcome.refusedOn("file", "file.unreadable");
            }
        }
        if (!outcome.success()) {
            redirect.addFlashAttribute("typed", new TypedDocument(criterionId, title, kind, versionLabel));
        }
        redirect.addFlashAttribute("outcome", outcome);
        return "redirect:/toolbox";
    }

    @GetMapping("/toolbox/documents/{toolboxDocumentId}")
    void download(@PathVariable long toolboxDocumentId, HttpServletResponse response) throws IOException {
        access.requireProgrammeMember();
        long id = toolboxDocumentId;
        ToolboxDocumentView document = toolbox.find(id);
        audit.record("DOWNLOAD", "ToolboxDocument", document.id(), Map.of("file", document.fileName()));
        FileDownloads.send(files.find(document.fileId()).orElseThrow(NotFoundException::new), files, response);
    }

    /** Removes a document and its file: for those who may add one (the admin and the experts). */
    @PostMapping("/toolbox/documents/{toolboxDocumentId}/delete")
    String delete(@PathVariable long toolboxDocumentId, RedirectAttributes redirect) {
        access.requireToolboxEditor();
        String title = toolbox.remove(toolboxDocumentId);
        redirect.addFlashAttribute("outcome", Outcome.done("toolbox.removed", title));
        return "redirect:/toolbox";
    }

    static DocumentKind parseKind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return DocumentKind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
