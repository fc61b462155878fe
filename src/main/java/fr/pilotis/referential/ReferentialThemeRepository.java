package fr.pilotis.referential;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReferentialThemeRepository extends JpaRepository<ReferentialTheme, Long> {

    List<ReferentialTheme> findByReferentialIdOrderByPosition(Long referentialId);
}
