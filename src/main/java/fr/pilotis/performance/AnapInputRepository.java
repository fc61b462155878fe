package fr.pilotis.performance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnapInputRepository extends JpaRepository<AnapInput, Long> {

    List<AnapInput> findAllByOrderByPositionAsc();
}
