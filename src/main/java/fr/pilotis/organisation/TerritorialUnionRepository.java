package fr.pilotis.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TerritorialUnionRepository extends JpaRepository<TerritorialUnion, Long> {

    String SUMMARY = "select new fr.pilotis.organisation.TerritorialUnionSummary(u.id, u.name, count(s.id))"
            + " from TerritorialUnion u left join Structure s on s.territorialUnionId = u.id";

    @Query(SUMMARY + " group by u.id, u.name order by u.name")
    List<TerritorialUnionSummary> findSummaries();

    @Query(SUMMARY + " where u.id = :id group by u.id, u.name")
    Optional<TerritorialUnionSummary> findSummary(long id);

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
