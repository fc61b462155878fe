package fr.pilotis.performance;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;
import java.math.BigDecimal;
import java.time.Instant;

/** The referent's word that a flagged value is right, for the value it had then. */
@Entity
class AnapConfirmation extends TenantEntity {

    private long structureId;
    private int year;
    private String indicatorCode;
    private BigDecimal confirmedValue;
    private String comment;
    private Instant confirmedAt;
    private Long confirmedBy;

    protected AnapConfirmation() {}

    AnapConfirmation(long structureId, int year, String indicatorCode) {
        this.structureId = structureId;
        this.year = year;
        this.indicatorCode = indicatorCode;
    }

    void confirm(double value, String comment, Instant at, Long by) {
        this.confirmedValue = BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_UP);
        this.comment = comment;
        this.confirmedAt = at;
        this.confirmedBy = by;
    }
}
