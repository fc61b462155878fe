package fr.pilotis.diagnostic;

import java.time.Instant;

public record AnswerChangeView(
        Instant changedAt, String changedByName, String kind, String field, String oldValue, String newValue) {}
