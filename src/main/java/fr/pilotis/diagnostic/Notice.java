package fr.pilotis.diagnostic;

import java.io.Serializable;
import java.util.List;

/**
 * A message shown once on the page a button redirects to (kept in the session between the two
 * requests, hence serializable); {@code criterionId} places it next to one criterion.
 */
public record Notice(boolean success, String messageKey, List<Object> arguments, Long criterionId)
        implements Serializable {

    public Notice {
        arguments = List.copyOf(arguments);
    }

    static Notice done(String messageKey, Object... arguments) {
        return new Notice(true, messageKey, List.of(arguments), null);
    }

    static Notice refused(String messageKey, List<Object> arguments) {
        return new Notice(false, messageKey, arguments, null);
    }

    Notice about(long criterion) {
        return new Notice(success, messageKey, arguments, criterion);
    }

    public Object[] args() {
        return arguments.toArray();
    }
}
