package fr.pilotis.report;

/** Draft (editable), submitted (read-only, figures snapshotted), signed off by the director (structures only). */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    SIGNED;

    public boolean submitted() {
        return this != DRAFT;
    }
}
