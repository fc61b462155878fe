package fr.pilotis.diagnostic;

import fr.pilotis.referential.ThemeView;
import java.util.List;
import java.util.Map;

/**
 * Slide 7's table: one row per structure (or per UT), a column per theme and the module, and the
 * average row. Rates are percentages, null where there is nothing applicable to rate.
 */
public record ResultsTable(List<ThemeView> themes, List<Row> rows, Row average) {

    public record Row(long id, String label, Map<String, Double> themeRates, Double moduleRate, long structureCount) {

        public Double rate(String themeCode) {
            return themeRates.get(themeCode);
        }
    }
}
