package fr.pilotis.report;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;

/** One indicator's value for one year as it stood when the report was submitted. */
@Entity
class SemesterReportFigure extends TenantEntity {

    private long reportId;
    private int figureYear;
    private String code;
    private Double value;

    protected SemesterReportFigure() {}

    SemesterReportFigure(long reportId, int figureYear, String code, Double value) {
        this.reportId = reportId;
        this.figureYear = figureYear;
        this.code = code;
        this.value = value;
    }

    int getFigureYear() {
        return figureYear;
    }

    String getCode() {
        return code;
    }

    Double getValue() {
        return value;
    }
}
