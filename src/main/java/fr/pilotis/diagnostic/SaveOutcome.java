package fr.pilotis.diagnostic;

/**
 * The result of saving an answer or a review: saved, or refused because someone else changed it
 * since the page was shown — then {@code current} holds their value, to show and decide on.
 */
public record SaveOutcome(boolean saved, AnswerView current) {}
