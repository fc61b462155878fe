package fr.pilotis.planning;

/**
 * Attendances of a structure, a group or a UT over the meetings held: present, excused and absent
 * lines of the attendance sheets, and how many lines were expected (their sum). Excused counts as
 * absent in the rate and is shown apart.
 */
public record ParticipationCounts(long present, long excused, long absent, long expected) {

    public static final ParticipationCounts NONE = new ParticipationCounts(0, 0, 0, 0);

    /** present ÷ expected, in percent; null when no meeting was held (no rate rather than 0 %). */
    public Double ratePercent() {
        return expected == 0 ? null : 100.0 * present / expected;
    }

    public ParticipationCounts plus(ParticipationCounts other) {
        return new ParticipationCounts(
                present + other.present, excused + other.excused, absent + other.absent, expected + other.expected);
    }
}
