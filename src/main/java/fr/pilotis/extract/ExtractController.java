package fr.pilotis.extract;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.access.Role;
import fr.pilotis.indicator.Indicators;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.shared.AuditTrail;
import fr.pilotis.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The indicator extracts, for network admins (the network), pilots (their UT) and funders (their
 * départements); anyone else gets a 404. The file is prepared completely before it is sent: a
 * failure answers the extract page with a clear message, never a truncated file. A year without
 * data answers the page saying so (422) rather than a file of empty cells.
 */
@Controller
class ExtractController {

    private static final Logger log = LoggerFactory.getLogger(ExtractController.class);
    private static final Role[] READERS = {Role.NETWORK_ADMIN, Role.PILOT, Role.FUNDER};

    private final AccessPolicy access;
    private final Indicators indicators;
    private final IndicatorExtract extract;
    private final AuditTrail audit;

    ExtractController(AccessPolicy access, Indicators indicators, IndicatorExtract extract, AuditTrail audit) {
        this.access = access;
        this.indicators = indicators;
        this.extract = extract;
        this.audit = audit;
    }

    @GetMapping("/extracts")
    String page(Model model) {
        requireScope();
        fill(model, null, null);
        return "extract/index";
    }

    @GetMapping("/extracts/indicators.xlsx")
    ResponseEntity<StreamingResponseBody> xlsx(@RequestParam(required = false) String year, Locale locale) {
        return download(ExtractFormat.XLSX, year, locale);
    }

    @GetMapping("/extracts/indicators.csv")
    ResponseEntity<StreamingResponseBody> csv(@RequestParam(required = false) String year, Locale locale) {
        return download(ExtractFormat.CSV, year, locale);
    }

    private ResponseEntity<StreamingResponseBody> download(ExtractFormat format, String yearText, Locale locale) {
        StructureScope scope = requireScope();
        Integer year = parse(yearText);
        if (year == null || !indicators.hasData(year)) {
            throw new ExtractRefused(HttpStatus.UNPROCESSABLE_CONTENT, year, "extract.noData");
        }
        Path file;
        try {
            file = extract.write(scope, year, format, locale);
        } catch (IOException | RuntimeException e) {
            log.error("Indicator extract for {} failed", year, e);
            throw new ExtractRefused(HttpStatus.INTERNAL_SERVER_ERROR, year, "extract.failed");
        }
        audit.record("EXTRACT_DOWNLOADED", "indicator_extract", null, Map.of("year", year, "format", format.name()));
        StreamingResponseBody body = out -> {
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(out);
            } finally {
                Files.deleteIfExists(file);
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("indicateurs-" + year + "." + format.extension, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }

    /** The extract page with the reason no file was sent. */
    @ExceptionHandler(ExtractRefused.class)
    ModelAndView refused(ExtractRefused refused) {
        ModelAndView page = new ModelAndView("extract/index");
        fill(page.getModel(), refused.year, refused.messageKey);
        page.setStatus(refused.status);
        return page;
    }

    /** No file for this request: a year without data, or a failure while preparing it. */
    static final class ExtractRefused extends RuntimeException {
        final HttpStatus status;
        final Integer year;
        final String messageKey;

        ExtractRefused(HttpStatus status, Integer year, String messageKey) {
            super(messageKey, null, false, false);
            this.status = status;
            this.year = year;
            this.messageKey = messageKey;
        }
    }

    private void fill(Map<String, Object> model, Integer year, String problem) {
        List<Integer> years = new ArrayList<>(indicators.years());
        java.util.Collections.reverse(years);
        model.put("years", years);
        model.put("chosenYear", year != null ? year : years.isEmpty() ? null : years.get(0));
        model.put("problem", problem);
    }

    private void fill(Model model, Integer year, String problem) {
        fill(model.asMap(), year, problem);
    }

    private StructureScope requireScope() {
        StructureScope scope = access.structuresOpenedBy(READERS);
        if (scope.isEmpty()) {
            throw new NotFoundException();
        }
        return scope;
    }

    private static Integer parse(String year) {
        if (year == null || !year.strip().matches("\\d{4}")) {
            return null;
        }
        return Integer.valueOf(year.strip());
    }
}
