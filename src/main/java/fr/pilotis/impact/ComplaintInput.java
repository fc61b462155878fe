package fr.pilotis.impact;

import java.time.LocalDate;

/**
 * A complaint as the referent types it. {@code referenceConfirmed}: the referent has seen the
 * warning that the reference looks like a name and keeps it (it is a pseudonym that happens to).
 */
public record ComplaintInput(
        LocalDate receivedOn,
        ComplaintChannel channel,
        String clientReference,
        ComplaintCategory category,
        String description,
        String answerGiven,
        LocalDate closedOn,
        boolean referenceConfirmed) {}
