package fr.pilotis.report;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One semester report of a UT or of a structure. Only a draft may change. */
@Entity
class SemesterReport extends TenantEntity {

    @Enumerated(EnumType.STRING)
    private ReportKind kind;

    private Long territorialUnionId;
    private Long structureId;
    private int year;
    private int half;

    @Enumerated(EnumType.STRING)
    private ReportStatus status;

    private LocalDate madeOn;
    private String madeAt;
    private String madeBy;
    private String authorName;
    private String authorFunction;
    private String authorEmail;
    private String authorPhone;
    private String themesStudied;
    private String actionPlanProgress;
    private String networkDynamic;
    private String exchanges;
    private String organisationalMeasures;
    private String finishedTools;
    private String benefitEfficiency;
    private String benefitUserRelations;
    private String benefitInformation;
    private String benefitMissions;
    private String benefitPractices;
    private String benefitServiceQuality;
    private String benefitTraceability;
    private String benefitRiskControl;
    private String benefitCommunication;
    private String deliverables;
    private String difficultiesTerritorial;
    private String difficultiesStructures;
    private String difficultiesInternal;
    private String remarks;
    private String figuresSnapshot;
    private Instant submittedAt;
    private String submittedBy;
    private Instant signedAt;
    private String signedBy;

    @Version
    private int lockVersion;

    protected SemesterReport() {}

    private SemesterReport(ReportKind kind, Long unionId, Long structureId, Semester semester) {
        this.kind = kind;
        this.territorialUnionId = unionId;
        this.structureId = structureId;
        this.year = semester.year();
        this.half = semester.half();
        this.status = ReportStatus.DRAFT;
    }

    static SemesterReport ofUnion(long unionId, Semester semester) {
        return new SemesterReport(ReportKind.UNION, unionId, null, semester);
    }

    static SemesterReport ofStructure(long structureId, Semester semester) {
        return new SemesterReport(ReportKind.STRUCTURE, null, structureId, semester);
    }

    void update(ReportContent c) {
        if (status != ReportStatus.DRAFT) {
            throw new IllegalStateException("A submitted report is read-only");
        }
        this.madeOn = c.madeOn();
        this.madeAt = clean(c.madeAt());
        this.madeBy = clean(c.madeBy());
        this.authorName = clean(c.authorName());
        this.authorFunction = clean(c.authorFunction());
        this.authorEmail = clean(c.authorEmail());
        this.authorPhone = clean(c.authorPhone());
        this.themesStudied = clean(c.themesStudied());
        this.actionPlanProgress = clean(c.actionPlanProgress());
        this.networkDynamic = clean(c.networkDynamic());
        this.exchanges = clean(c.exchanges());
        this.organisationalMeasures = clean(c.organisationalMeasures());
        this.finishedTools = clean(c.finishedTools());
        this.benefitEfficiency = clean(c.benefitEfficiency());
        this.benefitUserRelations = clean(c.benefitUserRelations());
        this.benefitInformation = clean(c.benefitInformation());
        this.benefitMissions = clean(c.benefitMissions());
        this.benefitPractices = clean(c.benefitPractices());
        this.benefitServiceQuality = clean(c.benefitServiceQuality());
        this.benefitTraceability = clean(c.benefitTraceability());
        this.benefitRiskControl = clean(c.benefitRiskControl());
        this.benefitCommunication = clean(c.benefitCommunication());
        this.deliverables = clean(c.deliverables());
        this.difficultiesTerritorial = clean(c.difficultiesTerritorial());
        this.difficultiesStructures = clean(c.difficultiesStructures());
        this.difficultiesInternal = clean(c.difficultiesInternal());
        this.remarks = clean(c.remarks());
    }

    ReportContent content() {
        return new ReportContent(
                madeOn,
                madeAt,
                madeBy,
                authorName,
                authorFunction,
                authorEmail,
                authorPhone,
                themesStudied,
                actionPlanProgress,
                networkDynamic,
                exchanges,
                organisationalMeasures,
                finishedTools,
                benefitEfficiency,
                benefitUserRelations,
                benefitInformation,
                benefitMissions,
                benefitPractices,
                benefitServiceQuality,
                benefitTraceability,
                benefitRiskControl,
                benefitCommunication,
                deliverables,
                difficultiesTerritorial,
                difficultiesStructures,
                difficultiesInternal,
                remarks);
    }

    void submit(Instant at, String by, String figures) {
        this.figuresSnapshot = figures;
        this.status = ReportStatus.SUBMITTED;
        this.submittedAt = at;
        this.submittedBy = by;
    }

    void sign(Instant at, String by) {
        this.status = ReportStatus.SIGNED;
        this.signedAt = at;
        this.signedBy = by;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    ReportKind getKind() {
        return kind;
    }

    Long getTerritorialUnionId() {
        return territorialUnionId;
    }

    Long getStructureId() {
        return structureId;
    }

    Semester semester() {
        return new Semester(year, half);
    }

    ReportStatus getStatus() {
        return status;
    }

    String getFiguresSnapshot() {
        return figuresSnapshot;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    String getSubmittedBy() {
        return submittedBy;
    }

    Instant getSignedAt() {
        return signedAt;
    }

    String getSignedBy() {
        return signedBy;
    }
}
