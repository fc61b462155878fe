package fr.pilotis.performance;

import fr.pilotis.organisation.StructureType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An ANAP indicator's definition: value = (signed sum of the numerator's inputs) × factor ÷ ((signed
 * sum of the denominator's inputs) × denominatorFactor), or numerator × factor when there is no
 * denominator. Inputs are named by code, "A+B-C". It applies to the structure types listed only.
 */
public record AnapIndicatorDefinition(
        String code,
        int axis,
        String label,
        String numeratorLabel,
        String numeratorUnit,
        String numeratorInputs,
        String denominatorLabel,
        String denominatorUnit,
        String denominatorInputs,
        double factor,
        double denominatorFactor,
        String unit,
        String formula,
        List<String> structureTypes,
        String source,
        Double physicalMin,
        Double physicalMax) {

    public AnapIndicatorDefinition {
        structureTypes = List.copyOf(structureTypes);
    }

    public boolean appliesTo(StructureType type) {
        return type != null && structureTypes.contains(type.name());
    }

    public boolean hasDenominator() {
        return denominatorInputs != null && !denominatorInputs.isBlank();
    }

    /** The input codes this indicator reads, numerator first. */
    public List<String> inputs() {
        List<String> codes = new java.util.ArrayList<>(terms(numeratorInputs).keySet());
        if (hasDenominator()) {
            terms(denominatorInputs).keySet().stream()
                    .filter(c -> !codes.contains(c))
                    .forEach(codes::add);
        }
        return codes;
    }

    /** The value from the raw inputs, or null when an input is missing or the denominator is zero. */
    public Double compute(Map<String, Double> raw) {
        Double numerator = sum(numeratorInputs, raw);
        if (numerator == null) {
            return null;
        }
        if (!hasDenominator()) {
            return numerator * factor;
        }
        Double denominator = sum(denominatorInputs, raw);
        if (denominator == null || denominator == 0 || denominatorFactor == 0) {
            return null;
        }
        return numerator * factor / (denominator * denominatorFactor);
    }

    public boolean outsidePhysicalRange(double value) {
        return (physicalMin != null && value < physicalMin - 1e-9)
                || (physicalMax != null && value > physicalMax + 1e-9);
    }

    private static Double sum(String expression, Map<String, Double> raw) {
        double total = 0;
        for (Map.Entry<String, Integer> term : terms(expression).entrySet()) {
            Double value = raw.get(term.getKey());
            if (value == null) {
                return null;
            }
            total += term.getValue() * value;
        }
        return total;
    }

    /** "A+B-C" → {A: +1, B: +1, C: -1}, in order. */
    static Map<String, Integer> terms(String expression) {
        Map<String, Integer> terms = new java.util.LinkedHashMap<>();
        if (expression == null || expression.isBlank()) {
            return terms;
        }
        String normalised = expression.replace(" ", "").replace("-", "+-");
        Arrays.stream(normalised.split("\\+"))
                .filter(t -> !t.isEmpty())
                .forEach(t ->
                        terms.merge(t.startsWith("-") ? t.substring(1) : t, t.startsWith("-") ? -1 : 1, Integer::sum));
        return terms;
    }
}
