package fr.pilotis.referential;

import fr.pilotis.access.AccessPolicy;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The network admin's référentiel pages: versions, one version's criteria, XLSX export and import. */
@Controller
class ReferentialController {

    private static final String VERSIONS = "/admin/referentials";

    private final AccessPolicy access;
    private final ReferentialCatalog catalog;
    private final ReferentialVersions versions;
    private final ReferentialImport imports;
    private final ReferentialWorkbook workbooks;

    ReferentialController(
            AccessPolicy access,
            ReferentialCatalog catalog,
            ReferentialVersions versions,
            ReferentialImport imports,
            ReferentialWorkbook workbooks) {
        this.access = access;
        this.catalog = catalog;
        this.versions = versions;
        this.imports = imports;
        this.workbooks = workbooks;
    }

    @GetMapping(VERSIONS)
    String list(Model model) {
        access.requireNetworkAdmin();
        return versionsPage(model);
    }

    @PostMapping(VERSIONS + "/default")
    String installDefault(RedirectAttributes redirect) {
        access.requireNetworkAdmin();
        boolean hadOne = catalog.latest().isPresent();
        try {
            versions.installDefaultIfNone();
        } catch (DataIntegrityViolationException installedMeanwhile) {
            hadOne = true;
        }
        redirect.addFlashAttribute("notice", hadOne ? "referential.default.already" : "referential.default.installed");
        return "redirect:" + VERSIONS;
    }

    @PostMapping(VERSIONS + "/import")
    String importWorkbook(
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        access.requireNetworkAdmin();
        try {
            ReferentialSummary imported = imports.importWorkbook(file == null ? 0 : file.getSize(), file);
            // flash attributes live in the JDBC session: plain serializable values only
            redirect.addFlashAttribute("importedVersion", imported.version());
            redirect.addFlashAttribute("importedCriteria", imported.criterionCount());
            return "redirect:" + VERSIONS;
        } catch (WorkbookRefusedException refused) {
            model.addAttribute("problems", refused.problems());
            return versionsPage(model);
        }
    }

    @GetMapping(VERSIONS + "/template.xlsx")
    ResponseEntity<byte[]> template(Locale locale) {
        access.requireNetworkAdmin();
        return xlsx("referentiel-modele.xlsx", workbooks.template(locale));
    }

    @GetMapping(VERSIONS + "/{referentialId}")
    String version(@PathVariable long referentialId, Model model) {
        access.requireNetworkAdmin();
        ReferentialVersion version = catalog.version(referentialId);
        model.addAttribute("version", ReferentialPages.VersionLine.of(version.summary()));
        model.addAttribute("description", version.summary().description());
        model.addAttribute("themes", ReferentialPages.themes(version));
        return "referential/version";
    }

    @GetMapping(VERSIONS + "/{referentialId}/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long referentialId, Locale locale) {
        access.requireNetworkAdmin();
        ReferentialVersion version = catalog.version(referentialId);
        return xlsx("referentiel-v" + version.summary().version() + ".xlsx", workbooks.export(version, locale));
    }

    private String versionsPage(Model model) {
        model.addAttribute(
                "versions",
                catalog.versions().stream()
                        .map(ReferentialPages.VersionLine::of)
                        .toList());
        model.addAttribute("format", ReferentialWorkbookFormat.NOTICE);
        model.addAttribute("maxMegabytes", ReferentialWorkbookReader.MAX_BYTES / (1024 * 1024));
        return "referential/versions";
    }

    private static ResponseEntity<byte[]> xlsx(String fileName, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ReferentialWorkbook.CONTENT_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }
}
