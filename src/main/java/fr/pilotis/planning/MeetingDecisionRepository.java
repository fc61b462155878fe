package fr.pilotis.planning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingDecisionRepository extends JpaRepository<MeetingDecision, Long> {

    List<MeetingDecision> findByMeetingIdOrderByPosition(long meetingId);
}
