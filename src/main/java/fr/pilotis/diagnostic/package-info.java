/**
 * Campaigns and self-diagnostics: the referent answers the référentiel's criteria, the expert of
 * the structure's group reviews and validates, and everyone reads conformity rates within their
 * scope.
 */
@ApplicationModule(displayName = "Diagnostic")
package fr.pilotis.diagnostic;

import org.springframework.modulith.ApplicationModule;
