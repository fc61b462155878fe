package fr.pilotis.planning;

import fr.pilotis.shared.InvalidInputException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A refusal carried to the next page as a flash attribute (the shared session stores only
 * serializable values), shown by the planning pages' flash fragment; public for the action-plan
 * module, whose "turn a decision into an action" lands back on the minutes.
 */
public record Refusal(String messageKey, List<String> arguments) implements Serializable {

    public static ArrayList<Refusal> of(InvalidInputException refused) {
        ArrayList<Refusal> refusals = new ArrayList<>();
        for (InvalidInputException.Problem problem : refused.problems()) {
            refusals.add(new Refusal(
                    problem.messageKey(),
                    new ArrayList<>(
                            problem.arguments().stream().map(String::valueOf).toList())));
        }
        return refusals;
    }
}
