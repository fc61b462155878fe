package fr.pilotis.planning;

import java.util.List;

/** A decision as the minutes show it. */
public record DecisionLine(long id, String text, List<String> criterionCodes, Long actionId) {

    public DecisionLine {
        criterionCodes = List.copyOf(criterionCodes);
    }
}
