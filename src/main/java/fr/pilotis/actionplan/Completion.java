package fr.pilotis.actionplan;

/**
 * A plan's completion: actions done ÷ actions not abandoned. An abandoned action counts neither
 * for nor against; a plan whose actions are all abandoned (or that has none) has no rate.
 */
public record Completion(long total, long done, long abandoned, long overdue) {

    public static final Completion NONE = new Completion(0, 0, 0, 0);

    /** The actions that count: all but the abandoned ones. */
    public long counted() {
        return total - abandoned;
    }

    /** In percent, or null when no action counts. */
    public Double rate() {
        return counted() == 0 ? null : done * 100.0 / counted();
    }

    public Completion plus(Completion other) {
        return new Completion(
                total + other.total, done + other.done, abandoned + other.abandoned, overdue + other.overdue);
    }

    static Completion of(Iterable<ActionView> actions) {
        long total = 0;
        long done = 0;
        long abandoned = 0;
        long overdue = 0;
        for (ActionView action : actions) {
            total++;
            done += action.status() == ActionStatus.DONE ? 1 : 0;
            abandoned += action.status() == ActionStatus.ABANDONED ? 1 : 0;
            overdue += action.overdue() ? 1 : 0;
        }
        return new Completion(total, done, abandoned, overdue);
    }
}
