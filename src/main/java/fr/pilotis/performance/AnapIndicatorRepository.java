package fr.pilotis.performance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnapIndicatorRepository extends JpaRepository<AnapIndicator, Long> {

    List<AnapIndicator> findAllByOrderByPositionAsc();
}
