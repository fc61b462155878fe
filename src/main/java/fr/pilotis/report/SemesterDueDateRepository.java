package fr.pilotis.report;

import org.springframework.data.jpa.repository.JpaRepository;

interface SemesterDueDateRepository extends JpaRepository<SemesterDueDate, Long> {}
