package fr.pilotis.impact;

import java.time.LocalDate;

/** A register entry as its structure's pages show it (never shown to funders). */
public record ComplaintView(
        long id,
        LocalDate receivedOn,
        ComplaintChannel channel,
        String clientReference,
        ComplaintCategory category,
        String description,
        String answerGiven,
        LocalDate closedOn) {

    public boolean closed() {
        return closedOn != null;
    }
}
