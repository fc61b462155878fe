package fr.pilotis.diagnostic;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByAnswerIdInOrderById(Collection<Long> answerIds);
}
