package fr.pilotis.planning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    List<Attendance> findByMeetingId(long meetingId);

    @Query("select new fr.pilotis.planning.StructureAttendance(m.id, m.heldOn, a.status, a.attendees)"
            + " from Attendance a, Meeting m where m.id = a.meetingId and a.structureId = :structureId"
            + " and m.attendanceRecorded = true order by m.heldOn desc")
    List<StructureAttendance> findHistoryOfStructure(long structureId);
}
