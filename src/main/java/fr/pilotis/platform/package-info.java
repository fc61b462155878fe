/**
 * The platform operator's command-line tasks: creating a network (a tenant) with its first
 * administrator, and listing networks. They see networks, never their content.
 */
@ApplicationModule(displayName = "Platform")
package fr.pilotis.platform;

import org.springframework.modulith.ApplicationModule;
