package fr.pilotis.diagnostic;

import fr.pilotis.shared.InvalidInputException;
import java.util.List;
import org.springframework.validation.BindingResult;

/** A refused value of a criterion's form: the field (null for the whole form) and its message. */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    public Object[] args() {
        return arguments.toArray();
    }

    static List<FieldProblem> of(InvalidInputException refused) {
        return refused.problems().stream()
                .map(p -> new FieldProblem(p.field(), p.messageKey(), p.arguments()))
                .toList();
    }

    /** Values that did not even convert (a rating outside the scale, a version that is not a number). */
    static List<FieldProblem> of(BindingResult binding) {
        return binding.getFieldErrors().stream()
                .map(e -> new FieldProblem(
                        e.getField().equals("version") ? null : e.getField(),
                        "diagnostic.form.invalidValue",
                        List.of()))
                .distinct()
                .toList();
    }
}
