package fr.pilotis.planning;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One structure's line of a meeting's attendance sheet. */
@Entity
class Attendance extends TenantEntity {

    private long meetingId;
    private long structureId;

    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;

    private String attendees;

    protected Attendance() {}

    Attendance(long meetingId, long structureId) {
        this.meetingId = meetingId;
        this.structureId = structureId;
    }

    void record(AttendanceStatus status, String attendees) {
        this.status = status;
        this.attendees = attendees;
    }

    long getStructureId() {
        return structureId;
    }

    AttendanceStatus getStatus() {
        return status;
    }

    String getAttendees() {
        return attendees;
    }
}
