package fr.pilotis.deliverable;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeliverableCommentRepository extends JpaRepository<DeliverableComment, Long> {

    List<DeliverableComment> findByDeliverableIdOrderByWrittenAtAscIdAsc(long deliverableId);
}
