package fr.pilotis.support;

import java.util.List;

/**
 * A row that a URL can point at, and the texts that would betray it on a page where it has no
 * business: names, FINESS numbers, emails.
 */
public record Target(long id, List<String> telltales) {

    public Target {
        telltales = telltales.stream()
                .filter(t -> t != null && !t.isBlank())
                .distinct()
                .toList();
    }
}
