package fr.pilotis.referential;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReferentialRepository extends JpaRepository<Referential, Long> {

    List<Referential> findAllByOrderByVersionDesc();

    Optional<Referential> findFirstByOrderByVersionDesc();

    @Query("select coalesce(max(r.version), 0) from Referential r")
    int findLastVersion();
}
