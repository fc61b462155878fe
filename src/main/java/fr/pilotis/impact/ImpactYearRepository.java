package fr.pilotis.impact;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImpactYearRepository extends JpaRepository<ImpactYear, Long> {

    Optional<ImpactYear> findByStructureIdAndYear(long structureId, int year);
}
