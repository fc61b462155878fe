package fr.pilotis.deliverable;

import fr.pilotis.shared.InvalidInputException;
import java.io.Serializable;
import java.util.List;

/**
 * What a form did, shown once after the redirect: a success, or every problem the domain found,
 * each with the field it is about so that the form shows it beside that field.
 */
public record Outcome(boolean success, List<Message> messages) implements Serializable {

    /** One text; {@code field} names the form field it concerns (null: the whole form). */
    public record Message(String key, List<Object> arguments, String field) implements Serializable {

        Message(String key, List<Object> arguments) {
            this(key, arguments, null);
        }

        public Object[] args() {
            return arguments.toArray();
        }
    }

    static Outcome done(String key, Object... arguments) {
        return new Outcome(true, List.of(new Message(key, List.of(arguments))));
    }

    static Outcome refused(InvalidInputException refused) {
        return new Outcome(
                false,
                refused.problems().stream()
                        .map(p -> new Message(p.messageKey(), p.arguments(), p.field()))
                        .toList());
    }

    static Outcome refused(String key, Object... arguments) {
        return new Outcome(false, List.of(new Message(key, List.of(arguments))));
    }

    static Outcome refusedOn(String field, String key, Object... arguments) {
        return new Outcome(false, List.of(new Message(key, List.of(arguments), field)));
    }

    /** The problem with this field, shown beside it; null when there is none. */
    public Message problem(String field) {
        return success
                ? null
                : messages.stream()
                        .filter(m -> field.equals(m.field()))
                        .findFirst()
                        .orElse(null);
    }

    public boolean hasProblem(String field) {
        return problem(field) != null;
    }
}
