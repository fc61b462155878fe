/**
 * The indicator extracts for funders, pilots and network admins: one row per readable structure
 * with every per-structure indicator, medians and quartiles per département and per UT, and the
 * definitions; XLSX (streamed with POI SXSSF) or CSV for French Excel. Figures only: no document,
 * no personal data.
 */
@ApplicationModule(displayName = "Extract")
package fr.pilotis.extract;

import org.springframework.modulith.ApplicationModule;
