package fr.pilotis.report;

import fr.pilotis.access.Contact;
import fr.pilotis.access.PeopleDirectory;
import fr.pilotis.access.Role;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.organisation.TerritorialUnionSummary;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Semester reports: opening a semester's draft (pre-filled with the writer's profile), saving it,
 * submitting it (every missing field listed; the figures snapshotted), the director's sign-off, the
 * lists and the due dates. Callers (controllers) decide access first with {@code AccessPolicy}.
 */
@Service
@Transactional(readOnly = true)
public class SemesterReports {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final int SHORT = 200;
    static final int PHONE = 40;
    static final int LONG = 10_000;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final SemesterReportRepository reports;
    private final SemesterDueDateRepository dueDates;
    private final ReportFigures reportFigures;
    private final OrganisationDirectory directory;
    private final PeopleDirectory people;
    private final Clock clock;

    SemesterReports(
            SemesterReportRepository reports,
            SemesterDueDateRepository dueDates,
            ReportFigures reportFigures,
            OrganisationDirectory directory,
            PeopleDirectory people,
            Clock clock) {
        this.reports = reports;
        this.dueDates = dueDates;
        this.reportFigures = reportFigures;
        this.directory = directory;
        this.people = people;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(PARIS));
    }

    /** Every semester from S2 2015 to the current one, newest first. */
    public List<Semester> semesters() {
        return Semester.upTo(today());
    }

    /** The semester asked for when it is one of the programme's, else the last one already due or the first. */
    public Semester chosen(String code) {
        List<Semester> semesters = semesters();
        return Semester.parse(code)
                .filter(semesters::contains)
                .orElseGet(() -> semesters.stream()
                        .filter(s -> !dueOn(s).isAfter(today()))
                        .findFirst()
                        .orElse(semesters.get(semesters.size() - 1)));
    }

    public Map<Semester, LocalDate> dueDates() {
        Map<Semester, LocalDate> set = dueDates.findAll().stream()
                .collect(Collectors.toMap(SemesterDueDate::semester, SemesterDueDate::getDueOn));
        Map<Semester, LocalDate> all = new HashMap<>();
        Semester.upTo(today().plusYears(1)).forEach(s -> all.put(s, set.getOrDefault(s, s.defaultDueDate())));
        return all;
    }

    public LocalDate dueOn(Semester semester) {
        return dueDates().getOrDefault(semester, semester.defaultDueDate());
    }

    /** The network admin's due date for a semester: after the semester has begun (and before 2100, as stored). */
    @Transactional
    public void setDueDate(Semester semester, LocalDate dueOn) {
        if (dueOn == null) {
            throw InvalidInputException.of("dueOn", "report.dueOn.required");
        }
        if (!dueOn.isAfter(semester.start()) || dueOn.getYear() > 2100) {
            throw InvalidInputException.of("dueOn", "report.dueOn.outOfRange");
        }
        SemesterDueDate row = dueDates.findAll().stream()
                .filter(d -> d.semester().equals(semester))
                .findFirst()
                .orElseGet(() -> dueDates.save(new SemesterDueDate(semester, dueOn)));
        row.setDueOn(dueOn);
    }

    public List<SemesterLine> ofStructure(long structureId) {
        return lines(reports.findByKindAndStructureIdIn(ReportKind.STRUCTURE, List.of(structureId)), semesters());
    }

    public List<SemesterLine> ofUnion(long unionId) {
        return lines(reports.findByKindAndTerritorialUnionIdIn(ReportKind.UNION, List.of(unionId)), semesters());
    }

    /** The UT's structures and their reports for these semesters. */
    public List<StructureReportsRow> structuresOfUnion(long unionId, List<Semester> semesters) {
        List<StructureSummary> structures = reportFigures.structuresOfUnion(unionId);
        Map<Long, List<SemesterReport>> byStructure = reports
                .findByKindAndStructureIdIn(
                        ReportKind.STRUCTURE,
                        structures.stream().map(StructureSummary::id).toList())
                .stream()
                .collect(Collectors.groupingBy(SemesterReport::getStructureId));
        return structures.stream()
                .map(s -> new StructureReportsRow(s, lines(byStructure.getOrDefault(s.id(), List.of()), semesters)))
                .toList();
    }

    /** The admin's view of a semester: each UT's report and its structures' submissions. */
    public List<UnionReportsRow> network(Semester semester) {
        LocalDate due = dueOn(semester);
        boolean late = today().isAfter(due);
        List<TerritorialUnionSummary> unions = directory.unions();
        Map<Long, SemesterReport> unionReports = reports
                .findByKindAndTerritorialUnionIdIn(
                        ReportKind.UNION,
                        unions.stream().map(TerritorialUnionSummary::id).toList())
                .stream()
                .filter(r -> r.semester().equals(semester))
                .collect(Collectors.toMap(SemesterReport::getTerritorialUnionId, Function.identity()));
        List<UnionReportsRow> rows = new ArrayList<>();
        for (TerritorialUnionSummary union : unions) {
            List<StructureReportsRow> structures = structuresOfUnion(union.id(), List.of(semester));
            long submitted = structures.stream()
                    .filter(r -> r.lines().get(0).status() != null
                            && r.lines().get(0).status().submitted())
                    .count();
            long overdue =
                    structures.stream().filter(r -> r.lines().get(0).overdue()).count();
            SemesterReport own = unionReports.get(union.id());
            SemesterLine line = new SemesterLine(
                    semester,
                    due,
                    own == null ? null : own.getId(),
                    own == null ? null : own.getStatus(),
                    late && (own == null || !own.getStatus().submitted()));
            rows.add(new UnionReportsRow(union, line, structures.size(), submitted, overdue));
        }
        return rows;
    }

    public ReportOwner owner(long reportId) {
        SemesterReport report = reports.findById(reportId).orElseThrow(NotFoundException::new);
        return report.getKind() == ReportKind.UNION
                ? new ReportOwner(ReportKind.UNION, report.getTerritorialUnionId())
                : new ReportOwner(ReportKind.STRUCTURE, report.getStructureId());
    }

    public ReportView view(long reportId) {
        SemesterReport report = reports.findById(reportId).orElseThrow(NotFoundException::new);
        return view(report);
    }

    /**
     * The UT's report for the semester, opened as a draft pre-filled with the pilot's profile when
     * there is none yet. The semester must be one of the programme's, up to the current one.
     */
    @Transactional
    public long openForUnion(long unionId, Semester semester, long userId, String name) {
        checkOpenable(semester);
        return reports.findByKindAndTerritorialUnionIdAndYearAndHalf(
                        ReportKind.UNION, unionId, semester.year(), semester.half())
                .orElseGet(() -> {
                    SemesterReport report = SemesterReport.ofUnion(unionId, semester);
                    report.update(prefilled(people.pilotsOf(unionId), userId, name));
                    return reports.save(report);
                })
                .getId();
    }

    /** The structure's report for the semester, opened as a draft pre-filled with the referent's profile. */
    @Transactional
    public long openForStructure(long structureId, Semester semester, long userId, String name) {
        checkOpenable(semester);
        return reports.findByKindAndStructureIdAndYearAndHalf(
                        ReportKind.STRUCTURE, structureId, semester.year(), semester.half())
                .orElseGet(() -> {
                    SemesterReport report = SemesterReport.ofStructure(structureId, semester);
                    report.update(prefilled(people.contactsOfStructure(structureId), userId, name));
                    return reports.save(report);
                })
                .getId();
    }

    /** Saves a draft as typed (only lengths and the email's form are checked). */
    @Transactional
    public void saveDraft(long reportId, ReportContent content) {
        SemesterReport report = draft(reportId);
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        checkForm(content, problems);
        problems.throwIfAny();
        report.update(content);
    }

    /**
     * Submits the report as typed: every missing required field is listed and nothing is saved when
     * one is; otherwise it becomes read-only and its figures are snapshotted.
     */
    @Transactional
    public void submit(long reportId, ReportContent content, String by) {
        SemesterReport report = draft(reportId);
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        checkForm(content, problems);
        checkRequired(report.getKind(), content, problems);
        problems.throwIfAny();
        report.update(content);
        report.submit(clock.instant(), by, liveFigures(report).encode());
    }

    /** The director's sign-off of a submitted structure report. */
    @Transactional
    public void signOff(long reportId, String by) {
        SemesterReport report = reports.findById(reportId).orElseThrow(NotFoundException::new);
        if (report.getKind() != ReportKind.STRUCTURE || report.getStatus() != ReportStatus.SUBMITTED) {
            throw InvalidInputException.of(null, "report.sign.notSubmitted");
        }
        report.sign(clock.instant(), by);
    }

    /** Records reports already written (the demo's history), their figures read in bulk per UT, structure and year. */
    @Transactional
    public void loadHistory(List<HistoricReport> history) {
        Map<String, FigureTable> unionTables = new HashMap<>();
        int lastYear = history.stream().mapToInt(h -> h.semester().year()).max().orElse(Semester.FIRST.year());
        List<StructureSummary> allStructures =
                directory.structures(fr.pilotis.organisation.StructureScope.wholeNetwork());
        // one bulk read per year for every structure, each report keeping the years up to its own
        Map<Long, FigureTable> structureTables = history.stream()
                        .anyMatch(h ->
                                h.kind() == ReportKind.STRUCTURE && h.status().submitted())
                ? reportFigures.ofStructures(allStructures, lastYear)
                : Map.of();
        List<SemesterReport> saved = new ArrayList<>();
        for (HistoricReport h : history) {
            SemesterReport report = h.kind() == ReportKind.UNION
                    ? SemesterReport.ofUnion(h.ownerId(), h.semester())
                    : SemesterReport.ofStructure(h.ownerId(), h.semester());
            report.update(h.content());
            int year = h.semester().year();
            if (h.status().submitted()) {
                FigureTable table = h.kind() == ReportKind.UNION
                        ? unionTables.computeIfAbsent(
                                h.ownerId() + "/" + year, k -> reportFigures.ofUnion(h.ownerId(), year))
                        : Optional.ofNullable(structureTables.get(h.ownerId()))
                                .map(t -> t.upTo(year))
                                .orElse(null);
                report.submit(h.submittedAt(), h.submittedBy(), table == null ? "" : table.encode());
            }
            if (h.status() == ReportStatus.SIGNED) {
                report.sign(h.signedAt(), h.signedBy());
            }
            saved.add(report);
        }
        reports.saveAll(saved);
    }

    private void checkOpenable(Semester semester) {
        if (!semesters().contains(semester)) {
            throw InvalidInputException.of("semester", "report.semester.invalid");
        }
    }

    private SemesterReport draft(long reportId) {
        SemesterReport report = reports.findById(reportId).orElseThrow(NotFoundException::new);
        if (report.getStatus() != ReportStatus.DRAFT) {
            throw InvalidInputException.of(null, "report.readOnly");
        }
        return report;
    }

    private FigureTable liveFigures(SemesterReport report) {
        int year = report.semester().year();
        if (report.getKind() == ReportKind.UNION) {
            return reportFigures.ofUnion(report.getTerritorialUnionId(), year);
        }
        StructureSummary structure =
                directory.findStructure(report.getStructureId()).orElseThrow(NotFoundException::new);
        return reportFigures.ofStructure(structure, year);
    }

    private ReportView view(SemesterReport report) {
        LocalDate due = dueOn(report.semester());
        FigureTable table = report.getStatus().submitted()
                ? reportFigures.ofSnapshot(report.getFiguresSnapshot(), report.getSubmittedAt())
                : liveFigures(report);
        long ownerId;
        String ownerName;
        if (report.getKind() == ReportKind.UNION) {
            ownerId = report.getTerritorialUnionId();
            ownerName = directory
                    .findUnion(ownerId)
                    .map(TerritorialUnionSummary::name)
                    .orElse("");
        } else {
            ownerId = report.getStructureId();
            ownerName =
                    directory.findStructure(ownerId).map(StructureSummary::name).orElse("");
        }
        return new ReportView(
                report.getId(),
                report.getKind(),
                report.semester(),
                report.getStatus(),
                ownerId,
                ownerName,
                report.content(),
                table,
                report.getSubmittedAt(),
                report.getSubmittedBy(),
                report.getSignedAt(),
                report.getSignedBy(),
                due,
                !report.getStatus().submitted() && today().isAfter(due));
    }

    private List<SemesterLine> lines(List<SemesterReport> existing, List<Semester> semesters) {
        Map<Semester, SemesterReport> bySemester = new HashMap<>();
        existing.forEach(r -> bySemester.put(r.semester(), r));
        Map<Semester, LocalDate> due = dueDates();
        LocalDate today = today();
        List<SemesterLine> lines = new ArrayList<>();
        for (Semester semester : semesters) {
            SemesterReport report = bySemester.get(semester);
            LocalDate dueOn = due.getOrDefault(semester, semester.defaultDueDate());
            lines.add(new SemesterLine(
                    semester,
                    dueOn,
                    report == null ? null : report.getId(),
                    report == null ? null : report.getStatus(),
                    today.isAfter(dueOn)
                            && (report == null || !report.getStatus().submitted())));
        }
        return lines;
    }

    private ReportContent prefilled(List<Contact> contacts, long userId, String name) {
        Optional<Contact> own =
                contacts.stream().filter(c -> c.userId() == userId).findFirst();
        ReportContent empty = ReportContent.empty();
        ReportContent content = own.map(c -> empty.withAuthor(c.displayName(), c.jobTitle(), c.email(), c.phone()))
                .orElse(empty.withAuthor(name, null, null, null));
        return content.withMade(today(), name);
    }

    private static void checkForm(ReportContent c, InvalidInputException.Collector problems) {
        shortText(problems, "madeAt", c.madeAt(), SHORT);
        shortText(problems, "madeBy", c.madeBy(), SHORT);
        shortText(problems, "authorName", c.authorName(), SHORT);
        shortText(problems, "authorFunction", c.authorFunction(), SHORT);
        shortText(problems, "authorEmail", c.authorEmail(), SHORT);
        shortText(problems, "authorPhone", c.authorPhone(), PHONE);
        if (!problems.has("authorEmail")
                && c.authorEmail() != null
                && !c.authorEmail().isBlank()
                && !EMAIL.matcher(c.authorEmail().strip()).matches()) {
            problems.reject("authorEmail", "report.email.invalid");
        }
        for (Map.Entry<String, String> text : longTexts(c).entrySet()) {
            shortText(problems, text.getKey(), text.getValue(), LONG);
        }
    }

    private static Map<String, String> longTexts(ReportContent c) {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("themesStudied", c.themesStudied());
        texts.put("actionPlanProgress", c.actionPlanProgress());
        texts.put("networkDynamic", c.networkDynamic());
        texts.put("exchanges", c.exchanges());
        texts.put("organisationalMeasures", c.organisationalMeasures());
        texts.put("finishedTools", c.finishedTools());
        for (BenefitDimension d : BenefitDimension.values()) {
            texts.put(d.field(), c.benefit(d));
        }
        texts.put("deliverables", c.deliverables());
        texts.put("difficultiesTerritorial", c.difficultiesTerritorial());
        texts.put("difficultiesStructures", c.difficultiesStructures());
        texts.put("difficultiesInternal", c.difficultiesInternal());
        texts.put("remarks", c.remarks());
        return texts;
    }

    /**
     * What a report must say to be submitted: who made it when and where, the author's contact, and
     * the slide's sections (difficulties and remarks may be empty: nothing to report is an answer).
     */
    private static void checkRequired(ReportKind kind, ReportContent c, InvalidInputException.Collector problems) {
        if (c.madeOn() == null) {
            problems.reject("madeOn", "report.required");
        } else if (c.madeOn().isBefore(Semester.FIRST.start())) {
            problems.reject("madeOn", "report.madeOn.invalid");
        }
        required(problems, "madeAt", c.madeAt());
        required(problems, "madeBy", c.madeBy());
        required(problems, "authorName", c.authorName());
        required(problems, "authorFunction", c.authorFunction());
        required(problems, "authorEmail", c.authorEmail());
        if (kind == ReportKind.UNION) {
            required(problems, "themesStudied", c.themesStudied());
            required(problems, "actionPlanProgress", c.actionPlanProgress());
            required(problems, "networkDynamic", c.networkDynamic());
            required(problems, "exchanges", c.exchanges());
        } else {
            required(problems, "organisationalMeasures", c.organisationalMeasures());
            required(problems, "finishedTools", c.finishedTools());
            for (BenefitDimension d : BenefitDimension.values()) {
                required(problems, d.field(), c.benefit(d));
            }
        }
        required(problems, "deliverables", c.deliverables());
    }

    private static void required(InvalidInputException.Collector problems, String field, String value) {
        if (!problems.has(field) && (value == null || value.isBlank())) {
            problems.reject(field, "report.required");
        }
    }

    private static void shortText(InvalidInputException.Collector problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.reject(field, "report.tooLong", max);
        }
    }

    /** For the list pages: who may open a report of this kind. */
    static Role writerOf(ReportKind kind) {
        return kind == ReportKind.UNION ? Role.PILOT : Role.REFERENT;
    }
}
