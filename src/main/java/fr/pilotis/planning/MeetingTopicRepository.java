package fr.pilotis.planning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingTopicRepository extends JpaRepository<MeetingTopic, Long> {

    List<MeetingTopic> findByMeetingId(long meetingId);
}
