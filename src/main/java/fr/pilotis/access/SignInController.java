package fr.pilotis.access;

import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The sign-in form (Spring Security handles its POST) and the activation link's page. */
@Controller
class SignInController {

    private final Activation activation;

    SignInController(Activation activation) {
        this.activation = activation;
    }

    @GetMapping("/login")
    String signIn() {
        return "access/login";
    }

    @GetMapping("/activation/{token}")
    String activationForm(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("state", activation.check(token));
        model.addAttribute("form", new PasswordForm());
        return "access/activation";
    }

    @PostMapping("/activation/{token}")
    String activate(
            @PathVariable String token, @ModelAttribute("form") PasswordForm form, BindingResult errors, Model model) {
        try {
            activation.activate(token, form.getPassword(), form.getConfirmation());
        } catch (InvalidInputException refused) {
            FormErrors.reject(refused, errors);
            model.addAttribute("token", token);
            model.addAttribute("state", activation.check(token));
            return "access/activation";
        }
        return "redirect:/login?activated";
    }

    /** The password chosen on the activation page; never echoed back into the page. */
    static final class PasswordForm {

        private String password;
        private String confirmation;

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public String getConfirmation() {
            return confirmation;
        }

        public void setConfirmation(String confirmation) {
            this.confirmation = confirmation;
        }
    }
}
