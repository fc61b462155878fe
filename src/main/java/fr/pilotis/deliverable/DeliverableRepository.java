package fr.pilotis.deliverable;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeliverableRepository extends JpaRepository<Deliverable, Long> {

    String LINE = "select new fr.pilotis.deliverable.DeliverableLine(d.id, d.structureId, r.id, r.title,"
            + " r.criterionId, r.filledBy, r.dueOn, d.status, d.submittedAt, d.validatedAt)"
            + " from Deliverable d join DeliverableRequirement r on r.id = d.requirementId";

    @Query(LINE + " where d.structureId in :structureIds order by r.dueOn nulls last, r.title, d.id")
    List<DeliverableLine> linesOfStructures(Collection<Long> structureIds);

    @Query(LINE + " where d.id = :id")
    Optional<DeliverableLine> line(long id);

    @Query(LINE
            + " where d.structureId in :structureIds and d.status = fr.pilotis.deliverable.DeliverableStatus.SUBMITTED"
            + " order by d.submittedAt, d.id")
    List<DeliverableLine> awaitingReview(Collection<Long> structureIds);

    @Query(LINE + " where d.structureId = :structureId and r.criterionId in :criterionIds"
            + " and d.status = fr.pilotis.deliverable.DeliverableStatus.VALIDATED order by r.title")
    List<DeliverableLine> validatedForCriteria(long structureId, Collection<Long> criterionIds);

    List<Deliverable> findByRequirementIdIn(Collection<Long> requirementIds);

    List<Deliverable> findByStructureId(long structureId);
}
