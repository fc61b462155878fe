package fr.pilotis.deliverable;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeliverableVersionRepository extends JpaRepository<DeliverableVersion, Long> {

    List<DeliverableVersion> findByDeliverableIdOrderByNumberDesc(long deliverableId);

    List<DeliverableVersion> findByDeliverableIdInOrderByNumberDesc(Collection<Long> deliverableIds);
}
