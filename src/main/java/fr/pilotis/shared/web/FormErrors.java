package fr.pilotis.shared.web;

import fr.pilotis.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Puts the domain's refusals next to the form fields they concern. */
public final class FormErrors {

    private FormErrors() {}

    public static void reject(InvalidInputException refused, BindingResult form) {
        for (InvalidInputException.Problem problem : refused.problems()) {
            Object[] arguments = problem.arguments().toArray();
            if (problem.field() == null) {
                form.reject(problem.messageKey(), arguments, problem.messageKey());
            } else {
                form.rejectValue(problem.field(), problem.messageKey(), arguments, problem.messageKey());
            }
        }
    }
}
