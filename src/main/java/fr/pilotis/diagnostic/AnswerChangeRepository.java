package fr.pilotis.diagnostic;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerChangeRepository extends JpaRepository<AnswerChange, Long> {

    List<AnswerChange> findByAnswerIdOrderByChangedAtDescIdDesc(Long answerId);
}
