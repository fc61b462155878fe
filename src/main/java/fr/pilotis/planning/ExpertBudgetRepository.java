package fr.pilotis.planning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertBudgetRepository extends JpaRepository<ExpertBudget, Long> {

    Optional<ExpertBudget> findByGroupIdAndYear(long groupId, int year);

    List<ExpertBudget> findByGroupId(long groupId);
}
