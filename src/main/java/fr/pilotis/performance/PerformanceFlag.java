package fr.pilotis.performance;

/** Why a value asks the referent to confirm it. */
public enum PerformanceFlag {
    NONE,
    /** Outside the indicator's physical range (e.g. a rate above 100 %). */
    OUT_OF_RANGE,
    /** Beyond Tukey's far-out fences of the same-type structures of the network (at least 8 values). */
    FAR_FROM_PEERS
}
