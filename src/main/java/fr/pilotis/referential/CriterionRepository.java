package fr.pilotis.referential;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CriterionRepository extends JpaRepository<Criterion, Long> {

    List<Criterion> findByReferentialIdOrderByPosition(Long referentialId);

    @Query("select c.referentialId, count(c) from Criterion c where c.referentialId in :ids group by c.referentialId")
    List<Object[]> countByReferential(Collection<Long> ids);
}
