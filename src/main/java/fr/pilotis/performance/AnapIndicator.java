package fr.pilotis.performance;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;
import java.math.BigDecimal;

/** One ANAP indicator's definition, as data of the network (see {@link DefaultAnapSet}). */
@Entity
class AnapIndicator extends TenantEntity {

    private String code;
    private int axis;
    private String label;
    private String numeratorLabel;
    private String numeratorUnit;
    private String numeratorInputs;
    private String denominatorLabel;
    private String denominatorUnit;
    private String denominatorInputs;
    private BigDecimal factor;
    private BigDecimal denominatorFactor;
    private String unit;
    private String formula;
    private String structureTypes;
    private String source;
    private BigDecimal physicalMin;
    private BigDecimal physicalMax;
    private int position;

    protected AnapIndicator() {}

    AnapIndicator(AnapIndicatorDefinition d, int position) {
        this.code = d.code();
        this.axis = d.axis();
        this.label = d.label();
        this.numeratorLabel = d.numeratorLabel();
        this.numeratorUnit = d.numeratorUnit();
        this.numeratorInputs = d.numeratorInputs();
        this.denominatorLabel = d.denominatorLabel();
        this.denominatorUnit = d.denominatorUnit();
        this.denominatorInputs = d.denominatorInputs();
        this.factor = BigDecimal.valueOf(d.factor());
        this.denominatorFactor = BigDecimal.valueOf(d.denominatorFactor());
        this.unit = d.unit();
        this.formula = d.formula();
        this.structureTypes = String.join(",", d.structureTypes());
        this.source = d.source();
        this.physicalMin = d.physicalMin() == null ? null : BigDecimal.valueOf(d.physicalMin());
        this.physicalMax = d.physicalMax() == null ? null : BigDecimal.valueOf(d.physicalMax());
        this.position = position;
    }

    AnapIndicatorDefinition definition() {
        return new AnapIndicatorDefinition(
                code,
                axis,
                label,
                numeratorLabel,
                numeratorUnit,
                numeratorInputs,
                denominatorLabel,
                denominatorUnit,
                denominatorInputs,
                factor.doubleValue(),
                denominatorFactor.doubleValue(),
                unit,
                formula,
                java.util.List.of(structureTypes.split(",")),
                source,
                physicalMin == null ? null : physicalMin.doubleValue(),
                physicalMax == null ? null : physicalMax.doubleValue());
    }

    int getPosition() {
        return position;
    }
}
