package fr.pilotis.diagnostic;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AnswerRepository extends JpaRepository<Answer, Long> {

    List<Answer> findByDiagnosticId(Long diagnosticId);

    Optional<Answer> findByDiagnosticIdAndCriterionId(Long diagnosticId, Long criterionId);

    @Query("select a.diagnosticId, count(a) from Answer a where a.diagnosticId in :ids and a.rating is not null"
            + " group by a.diagnosticId")
    List<Object[]> countAnswered(Collection<Long> ids);
}
