package fr.pilotis.performance;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnapConfirmationRepository extends JpaRepository<AnapConfirmation, Long> {

    Optional<AnapConfirmation> findByStructureIdAndYearAndIndicatorCode(long structureId, int year, String code);
}
