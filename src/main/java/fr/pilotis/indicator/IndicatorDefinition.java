package fr.pilotis.indicator;

import fr.pilotis.organisation.StructureType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;

/**
 * What an indicator is: its code (unique across providers), family, label, formula and source (as
 * message keys, with the label's arguments, e.g. a criterion code read from the référentiel), unit,
 * the structure types it applies to and how its value aggregates over a scope. {@code order} sorts
 * the definitions page, the dashboards and the extract's columns.
 *
 * <p>Definitions that are data (ANAP's, read from the database) carry their texts literally:
 * {@code literalLabel}, {@code literalFormula}, {@code literalSource} and {@code literalUnit} win over
 * the message keys when set; use {@link #label}, {@link #formula}, {@link #source} and {@link #unitText}.
 */
public record IndicatorDefinition(
        String code,
        IndicatorFamily family,
        String labelKey,
        List<String> labelArguments,
        String formulaKey,
        String sourceKey,
        IndicatorUnit unit,
        Set<StructureType> structureTypes,
        Aggregation aggregation,
        int order,
        String literalLabel,
        String literalFormula,
        String literalSource,
        String literalUnit) {

    /** A definition whose texts are all message keys. */
    public IndicatorDefinition(
            String code,
            IndicatorFamily family,
            String labelKey,
            List<String> labelArguments,
            String formulaKey,
            String sourceKey,
            IndicatorUnit unit,
            Set<StructureType> structureTypes,
            Aggregation aggregation,
            int order) {
        this(
                code,
                family,
                labelKey,
                labelArguments,
                formulaKey,
                sourceKey,
                unit,
                structureTypes,
                aggregation,
                order,
                null,
                null,
                null,
                null);
    }

    /**
     * A programme indicator of every structure type whose label and formula are the bundle keys
     * {@code indicator.def.<code>.label} and {@code .formula}: how every provider names its texts.
     */
    public static IndicatorDefinition ofKeys(
            String code,
            IndicatorFamily family,
            String sourceKey,
            IndicatorUnit unit,
            Aggregation aggregation,
            int order) {
        return new IndicatorDefinition(
                code,
                family,
                "indicator.def." + code + ".label",
                List.of(),
                "indicator.def." + code + ".formula",
                sourceKey,
                unit,
                ALL_TYPES,
                aggregation,
                order);
    }

    /** A definition that is data: its texts are literal (the keys are left empty). */
    public static IndicatorDefinition literal(
            String code,
            IndicatorFamily family,
            String label,
            String formula,
            String source,
            IndicatorUnit unit,
            String unitText,
            Set<StructureType> structureTypes,
            Aggregation aggregation,
            int order) {
        return new IndicatorDefinition(
                code,
                family,
                null,
                List.of(),
                null,
                null,
                unit,
                structureTypes,
                aggregation,
                order,
                label,
                formula,
                source,
                unitText);
    }

    public IndicatorDefinition {
        labelArguments = List.copyOf(labelArguments);
        structureTypes = Set.copyOf(structureTypes);
    }

    public static final Set<StructureType> ALL_TYPES = Set.of(StructureType.values());

    public boolean appliesTo(StructureType type) {
        return structureTypes.contains(type);
    }

    /** Per-structure indicators are the extract's columns; scope values are not. */
    public boolean perStructure() {
        return aggregation != Aggregation.SCOPE_VALUE;
    }

    public Object[] labelArgumentArray() {
        return labelArguments.toArray();
    }

    public String label(MessageSource messages, Locale locale) {
        return literalLabel != null ? literalLabel : messages.getMessage(labelKey, labelArgumentArray(), locale);
    }

    public String formula(MessageSource messages, Locale locale) {
        return literalFormula != null ? literalFormula : messages.getMessage(formulaKey, null, locale);
    }

    public String source(MessageSource messages, Locale locale) {
        return literalSource != null ? literalSource : messages.getMessage(sourceKey, null, locale);
    }

    public String unitText(MessageSource messages, Locale locale) {
        return literalUnit != null ? literalUnit : messages.getMessage("indicator.unit." + unit, null, locale);
    }
}
