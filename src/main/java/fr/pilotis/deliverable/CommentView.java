package fr.pilotis.deliverable;

import java.time.Instant;

/** A message of a deliverable's thread; {@code decision} is set on the expert's decisions. */
public record CommentView(
        String authorName, String body, DeliverableStatus decision, Integer versionNumber, Instant writtenAt) {}
