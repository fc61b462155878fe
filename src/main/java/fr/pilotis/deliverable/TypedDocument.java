package fr.pilotis.deliverable;

import java.io.Serializable;

/** What was typed in a refused toolbox form, shown again after the redirect (the file must be chosen again). */
record TypedDocument(Long criterionId, String title, String kind, String versionLabel) implements Serializable {}
