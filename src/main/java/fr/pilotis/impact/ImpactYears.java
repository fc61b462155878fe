package fr.pilotis.impact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** Which years the impact pages offer: from the programme's first campaign (2015) to this year. */
final class ImpactYears {

    static final int FIRST = 2015;

    private ImpactYears() {}

    static int current(Clock clock) {
        return LocalDate.now(clock.withZone(ComplaintRegister.PARIS)).getYear();
    }

    /** The year asked for when it is one of the offered years, else the current one. */
    static int chosen(Integer asked, Clock clock) {
        int current = current(clock);
        return asked != null && asked >= FIRST && asked <= current ? asked : current;
    }

    static List<Integer> offered(Clock clock) {
        int current = current(clock);
        return IntStream.rangeClosed(FIRST, current)
                .map(y -> current + FIRST - y)
                .boxed()
                .toList();
    }
}
