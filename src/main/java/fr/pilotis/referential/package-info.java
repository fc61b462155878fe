/**
 * The référentiel: versioned data (themes, levels, criteria), never hard-wired. A network starts
 * from Pilotis's default version and may import its own official text as a new version; a
 * diagnostic keeps the version it was answered against.
 */
@ApplicationModule(displayName = "Referential")
package fr.pilotis.referential;

import org.springframework.modulith.ApplicationModule;
