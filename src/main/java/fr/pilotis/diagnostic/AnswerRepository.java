package fr.pilotis.diagnostic;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerRepository extends JpaRepository<Answer, Long> {

    List<Answer> findByDiagnosticId(Long diagnosticId);

    Optional<Answer> findByDiagnosticIdAndCriterionId(Long diagnosticId, Long criterionId);
}
