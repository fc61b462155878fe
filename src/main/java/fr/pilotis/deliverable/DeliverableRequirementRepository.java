package fr.pilotis.deliverable;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeliverableRequirementRepository extends JpaRepository<DeliverableRequirement, Long> {

    List<DeliverableRequirement> findByIdIn(Collection<Long> ids);

    List<DeliverableRequirement> findByCriterionIdInAndOrigin(
            Collection<Long> criterionIds, DeliverableRequirement.Origin origin);

    List<DeliverableRequirement> findAllByOrderByDueOnAscTitleAsc();
}
