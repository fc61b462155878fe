package fr.pilotis.planning;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingDecisionCriterionRepository extends JpaRepository<MeetingDecisionCriterion, Long> {

    List<MeetingDecisionCriterion> findByDecisionIdIn(Collection<Long> decisionIds);
}
