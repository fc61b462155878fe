/**
 * Semester reports (bilans semestriels, slide 25): the UT's report written by its pilot and each
 * structure's written by its referent and signed off by its director, their figures taken from
 * {@code Indicators} and snapshotted at submission, and the « bilans semestriels soumis » indicator.
 */
@ApplicationModule(displayName = "Semester reports")
package fr.pilotis.report;

import org.springframework.modulith.ApplicationModule;
