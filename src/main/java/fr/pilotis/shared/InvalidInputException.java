package fr.pilotis.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A person's input that the domain refuses, with every problem found (not only the first), each
 * tied to a form field and a message key of the bundle. Nothing is saved when it is thrown.
 */
public class InvalidInputException extends RuntimeException {

    /** One refused value: the field (null for the whole form), a message key and its arguments. */
    public record Problem(String field, String messageKey, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }
    }

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.toString(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(List.of(new Problem(field, messageKey, List.of(arguments))));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Collects problems while checking a form, then throws them all at once. */
    public static final class Collector {

        private final List<Problem> problems = new ArrayList<>();

        public Collector reject(String field, String messageKey, Object... arguments) {
            problems.add(new Problem(field, messageKey, List.of(arguments)));
            return this;
        }

        public boolean has(String field) {
            return problems.stream().anyMatch(p -> field.equals(p.field()));
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
    }
}
