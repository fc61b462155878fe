package fr.pilotis.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SemesterReportFigureRepository extends JpaRepository<SemesterReportFigure, Long> {

    List<SemesterReportFigure> findByReportIdOrderByFigureYearAscIdAsc(long reportId);
}
