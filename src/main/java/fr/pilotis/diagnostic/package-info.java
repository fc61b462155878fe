/**
 * Campaigns and self-diagnostics: the referent answers the référentiel's criteria, the expert of
 * the structure's group reviews and validates, and everyone reads conformity rates within their
 * scope.
 *
 * <p>The diagnostic page's view types (DiagnosticPage, CriterionBlock, ThemeTab, the forms…) are
 * public although nothing outside uses them: Spring's expression compiler compiles calls on public
 * types only, and compiled expressions halve the page's rendering (docs/performance.md).
 */
@ApplicationModule(displayName = "Diagnostic")
package fr.pilotis.diagnostic;

import org.springframework.modulith.ApplicationModule;
