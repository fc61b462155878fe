package fr.pilotis.planning;

import fr.pilotis.shared.InvalidInputException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A refusal carried to the next page as a flash attribute (the shared session stores only serializable values). */
record Refusal(String messageKey, List<String> arguments) implements Serializable {

    static ArrayList<Refusal> of(InvalidInputException refused) {
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
