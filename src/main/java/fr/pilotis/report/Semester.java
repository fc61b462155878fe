package fr.pilotis.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A half-year of the programme: S1 (January–June) or S2 (July–December) of a year. The first one
 * reported on is S2 2015 (first reports due 10 January 2016).
 */
public record Semester(int year, int half) implements Comparable<Semester> {

    public static final Semester FIRST = new Semester(2015, 2);

    private static final Pattern CODE = Pattern.compile("(\\d{4})-S([12])");

    public Semester {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("half " + half);
        }
    }

    /** The semester a day falls in. */
    public static Semester of(LocalDate day) {
        return new Semester(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    /** "2016-S1" as in links and forms; empty when malformed. */
    public static Optional<Semester> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Matcher m = CODE.matcher(code.strip());
        return m.matches()
                ? Optional.of(new Semester(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    /** Every semester from the first one to the one containing this day, newest first. */
    public static List<Semester> upTo(LocalDate today) {
        List<Semester> semesters = new ArrayList<>();
        Semester last = of(today);
        for (Semester s = FIRST; s.compareTo(last) <= 0; s = s.next()) {
            semesters.add(0, s);
        }
        return semesters;
    }

    public Semester next() {
        return half == 1 ? new Semester(year, 2) : new Semester(year + 1, 1);
    }

    public LocalDate start() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    public LocalDate end() {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    /** The default due date: 10 July for S1, 10 January of the next year for S2. */
    public LocalDate defaultDueDate() {
        return half == 1 ? LocalDate.of(year, 7, 10) : LocalDate.of(year + 1, 1, 10);
    }

    public String code() {
        return year + "-S" + half;
    }

    @Override
    public int compareTo(Semester other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(half, other.half);
    }
}
