package fr.pilotis.deliverable;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ToolboxDocumentRepository extends JpaRepository<ToolboxDocument, Long> {

    List<ToolboxDocument> findByCriterionIdInOrderByKindAscTitleAsc(Collection<Long> criterionIds);

    boolean existsByFileId(long fileId);

    /** Filters that do not apply are switched off by their flag (a null parameter has no SQL type). */
    @Query("select d from ToolboxDocument d where lower(d.title) like :pattern"
            + " and (:anyCriterion = true or d.criterionId in :criterionIds)"
            + " and (:anyKind = true or d.kind = :kind)")
    Page<ToolboxDocument> search(
            String pattern,
            boolean anyCriterion,
            Collection<Long> criterionIds,
            boolean anyKind,
            DocumentKind kind,
            Pageable pageable);
}
