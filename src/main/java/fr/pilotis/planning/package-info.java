/**
 * The programme's planning and collective work: planning steps of each UT and working group, the
 * expert-days budget of each group against its meetings and visits, collective meetings with their
 * attendance sheet, minutes and decisions, and the participation rates that come from them. Other
 * modules read it through {@link fr.pilotis.planning.Participation} and
 * {@link fr.pilotis.planning.MeetingDecisions}.
 */
@ApplicationModule(displayName = "Planning")
package fr.pilotis.planning;

import org.springframework.modulith.ApplicationModule;
