package fr.pilotis.planning;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findByGroupIdOrderByHeldOnDescIdDesc(long groupId);

    List<Meeting> findByGroupIdInOrderByHeldOnDescIdDesc(Collection<Long> groupIds);
}
