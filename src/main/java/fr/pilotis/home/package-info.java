/**
 * Where each role lands after sign-in and the pages that show the organisation within a person's
 * scope: a pilot's UT, an expert's groups, a referent's or director's structure, a funder's
 * départements.
 */
@ApplicationModule(displayName = "Home")
package fr.pilotis.home;

import org.springframework.modulith.ApplicationModule;
