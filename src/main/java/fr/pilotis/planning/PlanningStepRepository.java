package fr.pilotis.planning;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanningStepRepository extends JpaRepository<PlanningStep, Long> {

    List<PlanningStep> findByGroupIdOrderByStartsOnAscIdAsc(long groupId);

    List<PlanningStep> findByUnionIdOrderByStartsOnAscIdAsc(long unionId);

    List<PlanningStep> findByGroupIdInOrderByStartsOnAscIdAsc(Collection<Long> groupIds);
}
