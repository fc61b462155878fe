package fr.pilotis.diagnostic;

import fr.pilotis.access.Role;
import fr.pilotis.shared.NotFoundException;
import fr.pilotis.shared.files.FileStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UrlPathHelper;

/**
 * A file over the server's upload limit is refused before any controller runs: an evidence upload
 * goes back to its criterion with the same message as a file refused by the store; any other
 * upload gets a page that says why (413), never an error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge {

    private static final Pattern EVIDENCE = Pattern.compile("^/diagnostics/(\\d+)/answers/(\\d+)/evidence$");

    private final DiagnosticPages pages;
    private final SelfDiagnostics diagnostics;

    UploadTooLarge(DiagnosticPages pages, SelfDiagnostics diagnostics) {
        this.pages = pages;
        this.diagnostics = diagnostics;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, HttpServletResponse response, Model model) {
        Matcher evidence = EVIDENCE.matcher(UrlPathHelper.defaultInstance.getPathWithinApplication(request));
        Notice notice = Notice.refused("file.tooLarge", List.of(FileStore.MAX_MEGABYTES));
        if (evidence.matches()) {
            try {
                long diagnosticId = Long.parseLong(evidence.group(1));
                long criterionId = Long.parseLong(evidence.group(2));
                pages.requireRole(diagnosticId, Role.REFERENT);
                DiagnosticView view = diagnostics.view(diagnosticId);
                String location = pages.locationOf(view, criterionId);
                FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
                if (flash != null) {
                    flash.put("criterionNotice", notice.about(criterionId));
                }
                return "redirect:" + location;
            } catch (NotFoundException | NumberFormatException unknown) {
                response.setStatus(HttpStatus.NOT_FOUND.value());
                return "error/404";
            }
        }
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        model.addAttribute("notice", notice);
        return "diagnostic/upload-too-large";
    }
}
