package fr.pilotis.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StructureRepository extends JpaRepository<Structure, Long> {

    String SUMMARY = "select new fr.pilotis.organisation.StructureSummary(s.id, s.finess, s.name, s.type,"
            + " s.departement, s.territorialUnionId, u.name, s.workingGroupId, g.name, s.phase, s.address, s.phone)"
            + " from Structure s join TerritorialUnion u on u.id = s.territorialUnionId"
            + " left join WorkingGroup g on g.id = s.workingGroupId";

    String IN_SCOPE = " (:everything = true or s.territorialUnionId in :unionIds or s.workingGroupId in :groupIds"
            + " or s.id in :structureIds or s.departement in :departements)";

    @Query(SUMMARY + " where s.id = :id")
    Optional<StructureSummary> findSummary(long id);

    @Query(SUMMARY + " where" + IN_SCOPE + " order by s.name, s.id")
    List<StructureSummary> findSummaries(
            boolean everything,
            Collection<Long> unionIds,
            Collection<Long> groupIds,
            Collection<Long> structureIds,
            Collection<String> departements);

    @Query(SUMMARY + " where s.workingGroupId = :groupId and" + IN_SCOPE + " order by s.name, s.id")
    List<StructureSummary> findSummariesOfGroup(
            long groupId,
            boolean everything,
            Collection<Long> unionIds,
            Collection<Long> groupIds,
            Collection<Long> structureIds,
            Collection<String> departements);

    @Query(
            value =
                    SUMMARY + " where" + IN_SCOPE
                            + " and (:text = '' or lower(s.name) like :text or s.finess like :text or lower(u.name) like :text)",
            countQuery =
                    "select count(s) from Structure s join TerritorialUnion u on u.id = s.territorialUnionId where"
                            + IN_SCOPE
                            + " and (:text = '' or lower(s.name) like :text or s.finess like :text or lower(u.name) like :text)")
    Page<StructureSummary> searchSummaries(
            boolean everything,
            Collection<Long> unionIds,
            Collection<Long> groupIds,
            Collection<Long> structureIds,
            Collection<String> departements,
            String text,
            Pageable pageable);

    @Query("select distinct s.territorialUnionId from Structure s where s.workingGroupId = :groupId")
    Set<Long> findUnionIdsOfGroup(long groupId);

    boolean existsByFiness(String finess);

    boolean existsByFinessAndIdNot(String finess, Long id);
}
