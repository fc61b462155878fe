package fr.pilotis.indicator;

import java.util.List;
import java.util.Optional;

/** Every indicator's value over one scope for one year. */
public record ScopeIndicators(int year, List<IndicatorValue> values) {

    public ScopeIndicators {
        values = List.copyOf(values);
    }

    public Optional<IndicatorValue> of(String code) {
        return values.stream().filter(v -> v.definition().code().equals(code)).findFirst();
    }
}
