/**
 * The network's organisation: territorial unions, working groups and structures. Other features
 * read it through {@link fr.pilotis.organisation.OrganisationDirectory} and change it through
 * {@link fr.pilotis.organisation.OrganisationAdministration}.
 */
@ApplicationModule(displayName = "Organisation")
package fr.pilotis.organisation;

import org.springframework.modulith.ApplicationModule;
