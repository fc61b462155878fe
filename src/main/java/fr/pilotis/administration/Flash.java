package fr.pilotis.administration;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The message shown once on the page a successful write redirects to. */
final class Flash {

    private Flash() {}

    static String saved(RedirectAttributes redirect, String path) {
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + path;
    }

    /** A refusal that concerns no form field (a button), shown once on the page redirected to. */
    static String refused(RedirectAttributes redirect, String messageKey, String path) {
        redirect.addFlashAttribute("refused", messageKey);
        return "redirect:" + path;
    }
}
