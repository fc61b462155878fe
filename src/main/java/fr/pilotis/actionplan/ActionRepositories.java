package fr.pilotis.actionplan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    List<ActionItem> findByWorkingGroupIdOrderByDueOnAscIdAsc(long workingGroupId);

    List<ActionItem> findByWorkingGroupIdInOrderByDueOnAscIdAsc(Collection<Long> workingGroupIds);

    List<ActionItem> findByStructureIdOrderByDueOnAscIdAsc(long structureId);
}

interface ActionThemeRepository extends JpaRepository<ActionTheme, Long> {

    List<ActionTheme> findByActionIdIn(Collection<Long> actionIds);

    void deleteByActionId(long actionId);
}

interface ActionCriterionRepository extends JpaRepository<ActionCriterion, Long> {

    List<ActionCriterion> findByActionIdIn(Collection<Long> actionIds);

    void deleteByActionId(long actionId);
}

interface ActionCommentRepository extends JpaRepository<ActionComment, Long> {

    List<ActionComment> findByActionIdOrderByCreatedAtAscIdAsc(long actionId);
}

interface ActionEvidenceRepository extends JpaRepository<ActionEvidence, Long> {

    List<ActionEvidence> findByActionIdOrderByIdAsc(long actionId);

    boolean existsByFileId(long fileId);
}
