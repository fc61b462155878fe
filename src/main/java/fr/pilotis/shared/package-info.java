/**
 * What every feature shares, small on purpose: tenancy, the audit trail, errors, the embedded
 * database of the default run, and the web layout's helpers.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package fr.pilotis.shared;

import org.springframework.modulith.ApplicationModule;
