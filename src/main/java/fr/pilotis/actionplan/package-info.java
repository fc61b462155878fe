/**
 * Action plans: a collective plan per working group (written by its expert) and a plan per
 * structure (carried by its referent), their completion figures, and the collective plan's XLSX
 * round trip. Depends on {@code diagnostic} (criteria not met, open diagnostics), never the reverse.
 */
@ApplicationModule(displayName = "Action plans")
package fr.pilotis.actionplan;

import org.springframework.modulith.ApplicationModule;
