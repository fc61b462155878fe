package fr.pilotis.impact;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    @Query("select c from Complaint c where c.structureId = :structureId"
            + " and (:open is null or (:open = true and c.closedOn is null) or (:open = false and c.closedOn is not null))"
            + " and (:category is null or c.category = :category)"
            + " and c.receivedOn >= :from and c.receivedOn <= :to"
            + " order by c.receivedOn desc, c.id desc")
    List<Complaint> search(
            @Param("structureId") long structureId,
            @Param("open") Boolean open,
            @Param("category") ComplaintCategory category,
            @Param("from") LocalDate from,
            @Param("to") LocalDate to);
}
