package fr.pilotis.diagnostic;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    List<Campaign> findAllByOrderByYearDesc();

    Optional<Campaign> findByYear(int year);

    boolean existsByYear(int year);
}
