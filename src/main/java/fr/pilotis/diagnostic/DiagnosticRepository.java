package fr.pilotis.diagnostic;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DiagnosticRepository extends JpaRepository<Diagnostic, Long> {

    Optional<Diagnostic> findByCampaignIdAndStructureId(Long campaignId, Long structureId);

    List<Diagnostic> findByStructureId(Long structureId);
}
