package fr.pilotis.performance;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;

/** A raw figure the structure types in each year (seeded with the indicators). */
@Entity
class AnapInput extends TenantEntity {

    private String code;
    private int axis;
    private String label;
    private String unit;
    private boolean negativeAllowed;
    private int position;

    protected AnapInput() {}

    AnapInput(AnapInputDefinition d, int position) {
        this.code = d.code();
        this.axis = d.axis();
        this.label = d.label();
        this.unit = d.unit();
        this.negativeAllowed = d.negativeAllowed();
        this.position = position;
    }

    AnapInputDefinition definition() {
        return new AnapInputDefinition(code, axis, label, unit, negativeAllowed);
    }

    int getPosition() {
        return position;
    }
}
