/**
 * Programme indicators (slides 22–23) and, later, ANAP's performance dashboard: what each indicator
 * means ({@link fr.pilotis.indicator.IndicatorDefinition}), one computation of its value at any
 * scope ({@link fr.pilotis.indicator.Indicators}), the definitions page and the dashboards. The
 * figures come from {@link fr.pilotis.indicator.IndicatorProvider}s that the modules owning the
 * data implement: dependencies point from them to this module, never the reverse.
 */
@ApplicationModule(displayName = "Indicator")
package fr.pilotis.indicator;

import org.springframework.modulith.ApplicationModule;
