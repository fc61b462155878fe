package fr.pilotis.diagnostic;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DiagnosticRepository extends JpaRepository<Diagnostic, Long> {

    Optional<Diagnostic> findByCampaignIdAndStructureId(Long campaignId, Long structureId);

    List<Diagnostic> findByStructureId(Long structureId);

    @Query("select d.campaignId, d.status, count(d) from Diagnostic d group by d.campaignId, d.status")
    List<Object[]> countByCampaignAndStatus();
}
