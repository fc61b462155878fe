package fr.pilotis.diagnostic;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.organisation.TerritorialUnionSummary;
import fr.pilotis.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * XLSX downloads: one structure's diagnostic (whoever may read the diagnostic, not funders), a
 * UT's results table (its pilots, the admin) and the network's (the admin). The data are read
 * before the response streams, the workbook is written while it does.
 */
@Controller
class ExportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AccessPolicy access;
    private final SelfDiagnostics diagnostics;
    private final ResultsPages pages;
    private final ExportDiagnosticWorkbook diagnosticWorkbook;
    private final ExportResultsWorkbook resultsWorkbook;
    private final MessageSource messages;

    ExportController(
            AccessPolicy access,
            SelfDiagnostics diagnostics,
            ResultsPages pages,
            ExportDiagnosticWorkbook diagnosticWorkbook,
            ExportResultsWorkbook resultsWorkbook,
            MessageSource messages) {
        this.access = access;
        this.diagnostics = diagnostics;
        this.pages = pages;
        this.diagnosticWorkbook = diagnosticWorkbook;
        this.resultsWorkbook = resultsWorkbook;
        this.messages = messages;
    }

    @GetMapping("/diagnostics/{diagnosticId}/export.xlsx")
    ResponseEntity<StreamingResponseBody> diagnostic(@PathVariable long diagnosticId, Locale locale) {
        DiagnosticSummary summary = diagnostics.summary(diagnosticId);
        StructureSummary structure = access.requireReadableStructure(summary.structureId());
        // funders read figures only: the answers' texts and the expert's comments are not for them
        if (!access.canReadPeopleOf(structure)) {
            throw new NotFoundException();
        }
        DiagnosticView view = diagnostics.view(diagnosticId);
        return xlsx(
                "diagnostic-" + structure.finess() + "-" + summary.year() + ".xlsx",
                out -> diagnosticWorkbook.write(structure, view, locale, out));
    }

    @GetMapping("/uts/{unionId}/results.xlsx")
    ResponseEntity<StreamingResponseBody> union(
            @PathVariable long unionId,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "DECLARED") RateBasis basis,
            Locale locale) {
        TerritorialUnionSummary union = access.requireReadableUnion(unionId);
        ResultsHeatMap table = pages.union(unionId, year, basis);
        requireCampaign(table);
        return xlsx(
                "resultats-ut-" + unionId + "-" + table.choice().year() + ".xlsx",
                out -> resultsWorkbook.write(
                        union.name(),
                        messages.getMessage("results.export.structure", null, locale),
                        false,
                        table,
                        locale,
                        out));
    }

    @GetMapping("/admin/results.xlsx")
    ResponseEntity<StreamingResponseBody> network(
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "DECLARED") RateBasis basis,
            Locale locale) {
        String networkName = access.requireNetworkAdmin().networkName();
        ResultsHeatMap table = pages.network(year, basis);
        requireCampaign(table);
        return xlsx(
                "resultats-reseau-" + table.choice().year() + ".xlsx",
                out -> resultsWorkbook.write(
                        networkName,
                        messages.getMessage("results.export.union", null, locale),
                        true,
                        table,
                        locale,
                        out));
    }

    private static void requireCampaign(ResultsHeatMap table) {
        if (table.choice().chosen() == null) {
            throw new NotFoundException();
        }
    }

    private static ResponseEntity<StreamingResponseBody> xlsx(String fileName, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
