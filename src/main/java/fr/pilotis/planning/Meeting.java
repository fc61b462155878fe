package fr.pilotis.planning;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A collective meeting of a working group, its attendance state and its minutes. */
@Entity
class Meeting extends TenantEntity {

    @Column(name = "working_group_id")
    private long groupId;

    private Long referentialId;
    private LocalDate heldOn;
    private LocalTime startsAt;
    private int durationMinutes;
    private String place;
    private String agenda;
    private String preparation;
    private BigDecimal expertDays;
    private boolean attendanceRecorded;
    private Long signedSheetFileId;
    private String minutes;

    @Enumerated(EnumType.STRING)
    private MinutesStatus minutesStatus = MinutesStatus.NONE;

    private Instant minutesPublishedAt;

    protected Meeting() {}

    Meeting(long groupId, Long referentialId) {
        this.groupId = groupId;
        this.referentialId = referentialId;
    }

    void update(MeetingInput input) {
        this.heldOn = input.heldOn();
        this.startsAt = input.startsAt();
        this.durationMinutes = input.durationMinutes();
        this.place = input.place().strip();
        this.agenda = blankToNull(input.agenda());
        this.preparation = blankToNull(input.preparation());
        this.expertDays = input.expertDays();
    }

    void attendanceRecorded() {
        this.attendanceRecorded = true;
    }

    /** Sets the new scan and answers the one it replaces (to delete), if any. */
    Long replaceSignedSheet(long fileId) {
        Long previous = signedSheetFileId;
        signedSheetFileId = fileId;
        return previous;
    }

    void writeMinutes(String text) {
        this.minutes = blankToNull(text);
        if (minutesStatus == MinutesStatus.NONE) {
            minutesStatus = MinutesStatus.DRAFT;
        }
    }

    void publishMinutes(Instant at) {
        this.minutesStatus = MinutesStatus.PUBLISHED;
        this.minutesPublishedAt = at;
    }

    long getGroupId() {
        return groupId;
    }

    Long getReferentialId() {
        return referentialId;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }

    boolean isAttendanceRecorded() {
        return attendanceRecorded;
    }

    Long getSignedSheetFileId() {
        return signedSheetFileId;
    }

    String getMinutes() {
        return minutes;
    }

    MinutesStatus getMinutesStatus() {
        return minutesStatus;
    }

    MeetingSummary summary(String groupName) {
        return new MeetingSummary(
                getId(),
                groupId,
                groupName,
                heldOn,
                startsAt,
                durationMinutes,
                place,
                agenda,
                preparation,
                expertDays,
                attendanceRecorded,
                signedSheetFileId != null,
                minutesStatus,
                minutesPublishedAt);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
