package fr.pilotis.report;

import java.time.LocalDate;

/** One semester's report of a UT or structure in a list: none yet, or its id and status; overdue once past due unsubmitted. */
public record SemesterLine(Semester semester, LocalDate dueOn, Long reportId, ReportStatus status, boolean overdue) {}
