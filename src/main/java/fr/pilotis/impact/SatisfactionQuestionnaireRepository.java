package fr.pilotis.impact;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SatisfactionQuestionnaireRepository extends JpaRepository<SatisfactionQuestionnaire, Long> {

    List<SatisfactionQuestionnaire> findByStructureIdAndYearOrderByReturnedOnAscIdAsc(long structureId, int year);
}
