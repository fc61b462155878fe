package fr.pilotis.diagnostic;

/** What the referent sent for one criterion, with the version their page was showing. */
public record AnswerInput(Rating rating, String justification, String comment, Integer version) {}
