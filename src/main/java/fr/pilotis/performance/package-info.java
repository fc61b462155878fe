/**
 * ANAP's performance dashboard (seed 001, issue 6): indicator definitions as data (a default set
 * per network), each structure's yearly raw data, the computed indicators with their plausibility
 * flags and the referent's confirmations, completeness (ANAP's 70 % rule) and the peer comparison.
 * {@link fr.pilotis.performance.PerformanceFigures} gives other modules every structure's values in
 * one query.
 */
@ApplicationModule(displayName = "Performance")
package fr.pilotis.performance;

import org.springframework.modulith.ApplicationModule;
