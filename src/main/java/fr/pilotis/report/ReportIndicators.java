package fr.pilotis.report;

import fr.pilotis.indicator.Aggregation;
import fr.pilotis.indicator.IndicatorDefinition;
import fr.pilotis.indicator.IndicatorFamily;
import fr.pilotis.indicator.IndicatorProvider;
import fr.pilotis.indicator.IndicatorUnit;
import fr.pilotis.indicator.StructureFigure;
import fr.pilotis.shared.Tenancy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * « Bilans semestriels soumis »: for a year, each structure counts the semesters of that year whose
 * reports were expected (due date passed; S2 2015 is the programme's first) as its denominator,
 * and those it submitted (or had signed) as its numerator; the scope's value is Σ submitted ÷ Σ
 * expected (RATIO_OF_SUMS). Both semesters count once due, so a year reads 50 % when only S1 went
 * in. A year with no semester due yet gives no figure.
 */
@Component
@Transactional(readOnly = true)
class ReportIndicators implements IndicatorProvider {

    static final String SUBMITTED = "report.submitted";

    private final JdbcTemplate jdbc;
    private final SemesterDueDateRepository dueDates;
    private final Clock clock;

    ReportIndicators(JdbcTemplate jdbc, SemesterDueDateRepository dueDates, Clock clock) {
        this.jdbc = jdbc;
        this.dueDates = dueDates;
        this.clock = clock;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(new IndicatorDefinition(
                SUBMITTED,
                IndicatorFamily.REALISATION,
                "indicator.def.report.submitted.label",
                List.of(),
                "indicator.def.report.submitted.formula",
                "indicator.source.report",
                IndicatorUnit.PERCENT,
                IndicatorDefinition.ALL_TYPES,
                Aggregation.RATIO_OF_SUMS,
                190));
    }

    @Override
    public Set<Integer> years() {
        return new HashSet<>(jdbc.queryForList(
                "select distinct year from semester_report where network_id = ? and kind = 'STRUCTURE'"
                        + " and status in ('SUBMITTED', 'SIGNED')",
                Integer.class,
                Tenancy.currentNetworkId()));
    }

    @Override
    public List<StructureFigure> structureFigures(int year, Collection<Long> structureIds) {
        List<Integer> expected = expectedHalves(year);
        if (expected.isEmpty() || structureIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> submitted = new HashMap<>();
        jdbc.query(
                "select structure_id, count(*) from semester_report where network_id = ? and kind = 'STRUCTURE'"
                        + " and year = ? and half = any(?) and status in ('SUBMITTED', 'SIGNED')"
                        + " and structure_id = any(?) group by structure_id",
                rs -> {
                    submitted.put(rs.getLong(1), rs.getLong(2));
                },
                Tenancy.currentNetworkId(),
                year,
                expected.toArray(Integer[]::new),
                structureIds.toArray(Long[]::new));
        List<StructureFigure> figures = new ArrayList<>();
        for (long id : structureIds) {
            figures.add(new StructureFigure(SUBMITTED, id, submitted.getOrDefault(id, 0L), expected.size()));
        }
        return figures;
    }

    /** The halves of the year whose reports are due by now (the admin's due date, else the default). */
    List<Integer> expectedHalves(int year) {
        LocalDate today = LocalDate.now(clock.withZone(SemesterReports.PARIS));
        Map<Semester, LocalDate> set = new HashMap<>();
        dueDates.findAll().forEach(d -> set.put(d.semester(), d.getDueOn()));
        List<Integer> halves = new ArrayList<>();
        for (int half = 1; half <= 2; half++) {
            Semester semester = new Semester(year, half);
            if (semester.compareTo(Semester.FIRST) >= 0
                    && today.isAfter(set.getOrDefault(semester, semester.defaultDueDate()))) {
                halves.add(half);
            }
        }
        return halves;
    }
}
