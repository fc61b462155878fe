package fr.pilotis.organisation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface NetworkRepository extends JpaRepository<Network, Long> {

    Optional<Network> findBySlug(String slug);
}
