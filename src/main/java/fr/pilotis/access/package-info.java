/**
 * People, their role grants, sign-in, and the one {@link fr.pilotis.access.AccessPolicy} that
 * every controller asks before it reads or writes anything scoped.
 */
@ApplicationModule(displayName = "Access")
package fr.pilotis.access;

import org.springframework.modulith.ApplicationModule;
