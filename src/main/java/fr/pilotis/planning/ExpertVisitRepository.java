package fr.pilotis.planning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertVisitRepository extends JpaRepository<ExpertVisit, Long> {

    List<ExpertVisit> findByGroupIdOrderByVisitedOnDesc(long groupId);
}
