package fr.pilotis.actionplan;

import java.time.Instant;

/** One message of an action's thread. */
public record CommentView(long id, String authorName, String body, Instant createdAt) {}
