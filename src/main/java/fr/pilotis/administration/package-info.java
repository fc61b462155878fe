/**
 * The network admin's pages: the organisation (UT, working groups, structures) and the people with
 * their role grants and activation links. Controllers here only translate forms into the
 * {@code organisation} and {@code access} services' records; every rule lives in those services.
 */
@ApplicationModule(displayName = "Administration")
package fr.pilotis.administration;

import org.springframework.modulith.ApplicationModule;
