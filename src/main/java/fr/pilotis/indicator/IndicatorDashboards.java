package fr.pilotis.indicator;

import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds a dashboard over a scope the caller may read: every indicator of every provider for each
 * year with data, grouped by family, so that an indicator a new provider brings appears without a
 * template change. The figures are {@link Indicators}'; this class only lays them out.
 */
@Service
class IndicatorDashboards {

    private final Indicators indicators;
    private final OrganisationDirectory directory;
    private final MessageSource messages;
    private final JsonMapper json;

    IndicatorDashboards(
            Indicators indicators, OrganisationDirectory directory, MessageSource messages, JsonMapper json) {
        this.indicators = indicators;
        this.directory = directory;
        this.messages = messages;
        this.json = json;
    }

    Dashboard over(StructureScope scope, Locale locale) {
        List<StructureSummary> structures = directory.structures(scope);
        List<Integer> years = new ArrayList<>(indicators.years());
        List<ScopeIndicators> byYear = new ArrayList<>();
        for (int year : years) {
            byYear.add(indicators.values(year, structures));
        }
        Map<IndicatorFamily, List<Dashboard.Row>> rows = new LinkedHashMap<>();
        Map<IndicatorFamily, List<Map<String, Object>>> series = new LinkedHashMap<>();
        for (IndicatorDefinition definition : indicators.definitions()) {
            String label = label(definition, locale);
            List<String> shown = new ArrayList<>();
            List<Double> raw = new ArrayList<>();
            for (ScopeIndicators year : byYear) {
                Double value =
                        year.of(definition.code()).map(IndicatorValue::value).orElse(null);
                raw.add(value == null ? null : Math.round(value * 10) / 10.0);
                shown.add(format(definition, value, locale));
            }
            rows.computeIfAbsent(definition.family(), f -> new ArrayList<>())
                    .add(new Dashboard.Row(definition.code(), label, definition.unitText(messages, locale), shown));
            if (definition.unit() == IndicatorUnit.PERCENT) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("name", label);
                line.put("values", raw);
                series.computeIfAbsent(definition.family(), f -> new ArrayList<>())
                        .add(line);
            }
        }
        List<Dashboard.Family> families = new ArrayList<>();
        rows.forEach((family, familyRows) -> {
            List<Map<String, Object>> lines = series.get(family);
            String chart = lines == null || years.isEmpty()
                    ? null
                    : json.writeValueAsString(Map.of("years", years, "series", lines));
            families.add(new Dashboard.Family(family, familyRows, chart));
        });
        return new Dashboard(years, families, structures.size());
    }

    String label(IndicatorDefinition definition, Locale locale) {
        return definition.label(messages, locale);
    }

    String format(IndicatorDefinition definition, Double value, Locale locale) {
        IndicatorUnit unit = definition.unit();
        if (value == null) {
            return messages.getMessage("indicator.value.none", null, locale);
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(unit.fractionDigits());
        number.setMinimumFractionDigits(unit.fractionDigits());
        if (definition.literalUnit() != null && unit != IndicatorUnit.PERCENT) {
            return messages.getMessage(
                    "indicator.value.withUnit", new Object[] {number.format(value), definition.literalUnit()}, locale);
        }
        return messages.getMessage("indicator.value." + unit, new Object[] {number.format(value)}, locale);
    }
}
