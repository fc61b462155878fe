package fr.pilotis.diagnostic;

/** How far a scope's structures are in a campaign: how many there are, submitted and validated. */
public record ResultsProgress(long structures, long submitted, long validated) {

    public long notSubmitted() {
        return structures - submitted;
    }

    public long awaitingValidation() {
        return submitted - validated;
    }
}
