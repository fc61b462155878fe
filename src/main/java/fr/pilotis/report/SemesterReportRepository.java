package fr.pilotis.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SemesterReportRepository extends JpaRepository<SemesterReport, Long> {

    Optional<SemesterReport> findByKindAndTerritorialUnionIdAndYearAndHalf(
            ReportKind kind, Long unionId, int year, int half);

    Optional<SemesterReport> findByKindAndStructureIdAndYearAndHalf(
            ReportKind kind, Long structureId, int year, int half);

    List<SemesterReport> findByKindAndStructureIdIn(ReportKind kind, Collection<Long> structureIds);

    List<SemesterReport> findByKindAndTerritorialUnionIdIn(ReportKind kind, Collection<Long> unionIds);
}
