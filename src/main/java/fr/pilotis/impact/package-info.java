/**
 * Impact data per structure and year (issue 6): clients served, the satisfaction survey (as totals
 * or one row per returned questionnaire), the qualitative benefits text, and the complaints
 * register. {@link fr.pilotis.impact.ImpactFigures} gives other modules each structure's figures in
 * one query.
 */
@ApplicationModule(displayName = "Impact")
package fr.pilotis.impact;

import org.springframework.modulith.ApplicationModule;
