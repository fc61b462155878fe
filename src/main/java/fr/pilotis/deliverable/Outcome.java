package fr.pilotis.deliverable;

import fr.pilotis.shared.InvalidInputException;
import java.io.Serializable;
import java.util.List;

/** What a form did, shown once after the redirect: a success, or every problem the domain found. */
public record Outcome(boolean success, List<Message> messages) implements Serializable {

    public record Message(String key, List<Object> arguments) implements Serializable {

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
                        .map(p -> new Message(p.messageKey(), p.arguments()))
                        .toList());
    }

    static Outcome refused(String key, Object... arguments) {
        return new Outcome(false, List.of(new Message(key, List.of(arguments))));
    }
}
