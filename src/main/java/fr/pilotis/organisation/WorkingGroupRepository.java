package fr.pilotis.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkingGroupRepository extends JpaRepository<WorkingGroup, Long> {

    String SUMMARY = "select new fr.pilotis.organisation.WorkingGroupSummary(g.id, g.name, count(s.id))"
            + " from WorkingGroup g left join Structure s on s.workingGroupId = g.id";

    @Query(SUMMARY + " group by g.id, g.name order by g.name")
    List<WorkingGroupSummary> findSummaries();

    @Query(SUMMARY + " where g.id in :ids group by g.id, g.name order by g.name")
    List<WorkingGroupSummary> findSummaries(Collection<Long> ids);

    @Query(SUMMARY + " where g.id = :id group by g.id, g.name")
    Optional<WorkingGroupSummary> findSummary(long id);

    /** The groups gathering at least one structure of these UT (a group may span several UT). */
    @Query(SUMMARY
            + " where g.id in (select s2.workingGroupId from Structure s2 where s2.territorialUnionId in :unionIds)"
            + " group by g.id, g.name order by g.name")
    List<WorkingGroupSummary> findSummariesTouchingUnions(Collection<Long> unionIds);

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
