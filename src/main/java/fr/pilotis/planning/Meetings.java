package fr.pilotis.planning;

import fr.pilotis.diagnostic.CampaignView;
import fr.pilotis.diagnostic.Campaigns;
import fr.pilotis.referential.CriterionView;
import fr.pilotis.referential.ReferentialCatalog;
import fr.pilotis.referential.ReferentialSummary;
import fr.pilotis.referential.ReferentialVersion;
import fr.pilotis.referential.ThemeView;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.NotFoundException;
import fr.pilotis.shared.files.FileStore;
import fr.pilotis.shared.files.StoredFileView;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collective meetings of a working group: the meeting itself with the themes and criteria studied
 * (of the référentiel version of the current campaign), its attendance sheet and signed scan, its
 * minutes and decisions. Access is the controller's question; this service checks the input and
 * saves all of it or nothing.
 */
@Service
@Transactional
public class Meetings {

    static final int MAX_DURATION_MINUTES = 720;
    static final BigDecimal MAX_MEETING_DAYS = BigDecimal.valueOf(5);
    static final int MAX_TEXT = 20_000;
    static final int MAX_MINUTES = 100_000;

    private final MeetingRepository meetings;
    private final MeetingTopicRepository topics;
    private final AttendanceRepository attendances;
    private final MeetingDecisionRepository decisions;
    private final MeetingDecisionCriterionRepository decisionCriteria;
    private final Campaigns campaigns;
    private final ReferentialCatalog catalog;
    private final FileStore files;
    private final Clock clock;

    Meetings(
            MeetingRepository meetings,
            MeetingTopicRepository topics,
            AttendanceRepository attendances,
            MeetingDecisionRepository decisions,
            MeetingDecisionCriterionRepository decisionCriteria,
            Campaigns campaigns,
            ReferentialCatalog catalog,
            FileStore files,
            Clock clock) {
        this.meetings = meetings;
        this.topics = topics;
        this.attendances = attendances;
        this.decisions = decisions;
        this.decisionCriteria = decisionCriteria;
        this.campaigns = campaigns;
        this.catalog = catalog;
        this.files = files;
        this.clock = clock;
    }

    /** The référentiel new meetings study: the current campaign's version, else the latest one. */
    @Transactional(readOnly = true)
    public Optional<ReferentialVersion> currentReferential() {
        Optional<Long> id = campaigns
                .latest()
                .map(CampaignView::referentialId)
                .or(() -> catalog.latest().map(ReferentialSummary::id));
        return id.map(catalog::version);
    }

    @Transactional(readOnly = true)
    public MeetingSummary summary(long meetingId, String groupName) {
        return find(meetingId).summary(groupName);
    }

    /** The group a meeting belongs to, for the access check; 404 when unknown. */
    @Transactional(readOnly = true)
    public long groupOf(long meetingId) {
        return find(meetingId).getGroupId();
    }

    @Transactional(readOnly = true)
    public List<MeetingSummary> ofGroup(long groupId, String groupName) {
        return meetings.findByGroupIdOrderByHeldOnDescIdDesc(groupId).stream()
                .map(m -> m.summary(groupName))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<MeetingSummary> ofGroups(Map<Long, String> groupNames) {
        if (groupNames.isEmpty()) {
            return List.of();
        }
        return meetings.findByGroupIdInOrderByHeldOnDescIdDesc(groupNames.keySet()).stream()
                .map(m -> m.summary(groupNames.get(m.getGroupId())))
                .toList();
    }

    public long create(long groupId, MeetingInput input) {
        ReferentialVersion referential = currentReferential().orElse(null);
        List<MeetingTopic> chosen = check(input, referential);
        Meeting meeting = new Meeting(
                groupId, referential == null ? null : referential.summary().id());
        meeting.update(input);
        long id = meetings.saveAndFlush(meeting).getId();
        saveTopics(id, chosen);
        return id;
    }

    public void update(long meetingId, MeetingInput input) {
        Meeting meeting = find(meetingId);
        ReferentialVersion referential =
                meeting.getReferentialId() == null ? null : catalog.version(meeting.getReferentialId());
        List<MeetingTopic> chosen = check(input, referential);
        meeting.update(input);
        topics.deleteAll(topics.findByMeetingId(meetingId));
        topics.flush();
        saveTopics(meetingId, chosen);
    }

    @Transactional(readOnly = true)
    public MeetingTopics topics(long meetingId) {
        Meeting meeting = find(meetingId);
        if (meeting.getReferentialId() == null) {
            return new MeetingTopics(List.of(), List.of());
        }
        ReferentialVersion version = catalog.version(meeting.getReferentialId());
        List<MeetingTopic> found = topics.findByMeetingId(meetingId);
        Set<Long> themeIds = found.stream().map(MeetingTopic::getThemeId).collect(Collectors.toSet());
        Set<Long> criterionIds = new HashSet<>();
        found.stream()
                .map(MeetingTopic::getCriterionId)
                .filter(java.util.Objects::nonNull)
                .forEach(criterionIds::add);
        return new MeetingTopics(
                version.themes().stream().filter(t -> themeIds.contains(t.id())).toList(),
                version.criteria().stream()
                        .filter(c -> criterionIds.contains(c.id()))
                        .toList());
    }

    private void saveTopics(long meetingId, List<MeetingTopic> chosen) {
        List<MeetingTopic> rows = new ArrayList<>();
        for (MeetingTopic t : chosen) {
            rows.add(new MeetingTopic(meetingId, t.getThemeId(), t.getCriterionId()));
        }
        topics.saveAll(rows);
        topics.flush();
    }

    /** Checks the form and answers the topic rows it asks for (meeting id not yet set). */
    private static List<MeetingTopic> check(MeetingInput input, ReferentialVersion referential) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (input.heldOn() == null) {
            problems.reject("heldOn", "validation.required");
        }
        if (input.startsAt() == null) {
            problems.reject("startsAt", "validation.required");
        }
        if (input.durationMinutes() == null) {
            problems.reject("durationMinutes", "validation.required");
        } else if (input.durationMinutes() <= 0 || input.durationMinutes() > MAX_DURATION_MINUTES) {
            problems.reject("durationMinutes", "planning.meeting.durationRange", MAX_DURATION_MINUTES);
        }
        if (input.place() == null || input.place().isBlank()) {
            problems.reject("place", "validation.required");
        } else if (input.place().strip().length() > 300) {
            problems.reject("place", "planning.tooLong", 300);
        }
        if (input.agenda() != null && input.agenda().length() > MAX_TEXT) {
            problems.reject("agenda", "planning.tooLong", MAX_TEXT);
        }
        if (input.preparation() != null && input.preparation().length() > MAX_TEXT) {
            problems.reject("preparation", "planning.tooLong", MAX_TEXT);
        }
        if (input.expertDays() == null) {
            problems.reject("expertDays", "validation.required");
        } else if (input.expertDays().signum() < 0
                || input.expertDays().compareTo(MAX_MEETING_DAYS) > 0
                || input.expertDays().scale() > 1) {
            problems.reject("expertDays", "planning.meeting.daysRange", MAX_MEETING_DAYS);
        }
        Map<Long, ThemeView> themes = referential == null
                ? Map.of()
                : referential.themes().stream().collect(Collectors.toMap(ThemeView::id, Function.identity()));
        Map<Long, CriterionView> criteria = referential == null
                ? Map.of()
                : referential.criteria().stream().collect(Collectors.toMap(CriterionView::id, Function.identity()));
        if (!themes.keySet().containsAll(input.themeIds())) {
            problems.reject("themeIds", "planning.meeting.themeUnknown");
        }
        if (!criteria.keySet().containsAll(input.criterionIds())) {
            problems.reject("criterionIds", "planning.meeting.criterionUnknown");
        }
        problems.throwIfAny();
        // a criterion brings its theme; a theme without any chosen criterion is studied as a whole
        Map<Long, List<Long>> byTheme = new LinkedHashMap<>();
        input.themeIds().stream().distinct().forEach(t -> byTheme.put(t, new ArrayList<>()));
        input.criterionIds().stream()
                .distinct()
                .map(criteria::get)
                .forEach(c -> byTheme.computeIfAbsent(c.themeId(), t -> new ArrayList<>())
                        .add(c.id()));
        List<MeetingTopic> rows = new ArrayList<>();
        byTheme.forEach((theme, ids) -> {
            if (ids.isEmpty()) {
                rows.add(new MeetingTopic(0, theme, null));
            } else {
                ids.forEach(id -> rows.add(new MeetingTopic(0, theme, id)));
            }
        });
        return rows;
    }

    // ---- attendance

    /**
     * The sheet's lines: once recorded, the recorded lines; before, one empty line per structure of
     * the group.
     *
     * @param structuresOfGroup the group's structures by id (id → {name, FINESS})
     */
    @Transactional(readOnly = true)
    public List<AttendanceLine> attendance(long meetingId, Map<Long, String[]> structuresOfGroup) {
        Meeting meeting = find(meetingId);
        Map<Long, Attendance> recorded = attendances.findByMeetingId(meetingId).stream()
                .collect(Collectors.toMap(Attendance::getStructureId, Function.identity()));
        List<AttendanceLine> lines = new ArrayList<>();
        if (meeting.isAttendanceRecorded()) {
            for (Attendance a : recorded.values()) {
                String[] s = structuresOfGroup.getOrDefault(a.getStructureId(), new String[] {"", ""});
                lines.add(new AttendanceLine(a.getStructureId(), s[0], s[1], a.getStatus(), a.getAttendees()));
            }
        } else {
            structuresOfGroup.forEach((id, s) -> lines.add(new AttendanceLine(id, s[0], s[1], null, null)));
        }
        lines.sort(java.util.Comparator.comparing(AttendanceLine::structureName));
        return lines;
    }

    /**
     * Records the sheet: one line for every structure of the group, none for another structure.
     * Allowed from the meeting's day on, since a recorded sheet makes the meeting count as held.
     */
    public void recordAttendance(long meetingId, Map<Long, AttendanceInput> lines, Set<Long> structuresOfGroup) {
        Meeting meeting = find(meetingId);
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (meeting.getHeldOn().isAfter(LocalDate.now(clock))) {
            problems.reject(null, "planning.attendance.notYetHeld");
        }
        if (!structuresOfGroup.containsAll(lines.keySet())) {
            problems.reject(null, "planning.attendance.notInGroup");
        }
        for (Long structureId : structuresOfGroup) {
            AttendanceInput line = lines.get(structureId);
            if (line == null || line.status() == null) {
                problems.reject("status" + structureId, "planning.attendance.statusRequired");
            } else if (line.attendees() != null && line.attendees().strip().length() > 500) {
                problems.reject("attendees" + structureId, "planning.tooLong", 500);
            }
        }
        problems.throwIfAny();
        Map<Long, Attendance> existing = new HashMap<>();
        attendances.findByMeetingId(meetingId).forEach(a -> existing.put(a.getStructureId(), a));
        // a structure that has left the group since keeps no line on the sheet
        existing.values().stream()
                .filter(a -> !structuresOfGroup.contains(a.getStructureId()))
                .forEach(attendances::delete);
        List<Attendance> rows = new ArrayList<>();
        for (Long structureId : structuresOfGroup) {
            AttendanceInput line = lines.get(structureId);
            Attendance row = existing.getOrDefault(structureId, new Attendance(meetingId, structureId));
            String attendees = line.attendees() == null || line.attendees().isBlank()
                    ? null
                    : line.attendees().strip();
            row.record(line.status(), attendees);
            rows.add(row);
        }
        attendances.saveAll(rows);
        meeting.attendanceRecorded();
        meetings.flush();
    }

    /** Stores the scan of the signed sheet (refusals from {@link FileStore}), replacing the previous one. */
    public void attachSignedSheet(long meetingId, String fileName, long size, InputStream content, Long uploadedBy) {
        Meeting meeting = find(meetingId);
        StoredFileView stored = files.store(fileName, size, content, uploadedBy);
        Long previous = meeting.replaceSignedSheet(stored.id());
        meetings.flush();
        if (previous != null) {
            files.delete(previous);
        }
    }

    /** The référentiel version the meeting's themes come from. */
    @Transactional(readOnly = true)
    public Optional<ReferentialVersion> currentReferentialOf(long meetingId) {
        Long referentialId = find(meetingId).getReferentialId();
        return referentialId == null ? Optional.empty() : Optional.of(catalog.version(referentialId));
    }

    /** Streams a scan; outside any transaction of this service (FileStore opens its own read-only one). */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void copySignedSheet(long fileId, java.io.OutputStream out) throws java.io.IOException {
        files.copyTo(fileId, out);
    }

    @Transactional(readOnly = true)
    public Optional<StoredFileView> signedSheet(long meetingId) {
        Long fileId = find(meetingId).getSignedSheetFileId();
        return fileId == null ? Optional.empty() : files.find(fileId);
    }

    // ---- minutes and decisions

    @Transactional(readOnly = true)
    public String minutes(long meetingId) {
        return find(meetingId).getMinutes();
    }

    /** Saves the draft text; with {@code publish}, publishes it to the group's members too. */
    public void writeMinutes(long meetingId, String markdown, boolean publish) {
        Meeting meeting = find(meetingId);
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (markdown != null && markdown.length() > MAX_MINUTES) {
            problems.reject("minutes", "planning.tooLong", MAX_MINUTES);
        }
        if (publish && (markdown == null || markdown.isBlank())) {
            problems.reject("minutes", "planning.minutes.emptyPublish");
        }
        problems.throwIfAny();
        meeting.writeMinutes(markdown);
        if (publish && meeting.getMinutesStatus() != MinutesStatus.PUBLISHED) {
            meeting.publishMinutes(clock.instant());
        }
        meetings.flush();
    }

    public long addDecision(long meetingId, String text, List<Long> criterionIds) {
        Meeting meeting = find(meetingId);
        List<Long> chosen = criterionIds == null
                ? List.of()
                : criterionIds.stream().distinct().toList();
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (text == null || text.isBlank()) {
            problems.reject("text", "validation.required");
        } else if (text.strip().length() > 1000) {
            problems.reject("text", "planning.tooLong", 1000);
        }
        Set<Long> known = meeting.getReferentialId() == null
                ? Set.of()
                : catalog.version(meeting.getReferentialId()).criteria().stream()
                        .map(CriterionView::id)
                        .collect(Collectors.toSet());
        if (!known.containsAll(chosen)) {
            problems.reject("criterionIds", "planning.meeting.criterionUnknown");
        }
        problems.throwIfAny();
        int position = decisions.findByMeetingIdOrderByPosition(meetingId).stream()
                        .mapToInt(MeetingDecision::getPosition)
                        .max()
                        .orElse(0)
                + 1;
        MeetingDecision decision = decisions.saveAndFlush(new MeetingDecision(meetingId, text.strip(), position));
        decisionCriteria.saveAll(chosen.stream()
                .map(c -> new MeetingDecisionCriterion(decision.getId(), c))
                .toList());
        decisionCriteria.flush();
        return decision.getId();
    }

    /** A decision already turned into an action stays: the action refers to it. */
    public void removeDecision(long decisionId) {
        MeetingDecision decision = decisions.findById(decisionId).orElseThrow(NotFoundException::new);
        if (decision.getActionId() != null) {
            throw InvalidInputException.of(null, "planning.decision.linked");
        }
        decisionCriteria.deleteAll(decisionCriteria.findByDecisionIdIn(List.of(decisionId)));
        decisions.delete(decision);
        decisions.flush();
    }

    /** The meeting a decision belongs to, for the access check; 404 when unknown. */
    @Transactional(readOnly = true)
    public long meetingOfDecision(long decisionId) {
        return decisions.findById(decisionId).map(MeetingDecision::getMeetingId).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    public List<DecisionLine> decisions(long meetingId) {
        Meeting meeting = find(meetingId);
        List<MeetingDecision> found = decisions.findByMeetingIdOrderByPosition(meetingId);
        Map<Long, String> codes = meeting.getReferentialId() == null
                ? Map.of()
                : catalog.version(meeting.getReferentialId()).criteria().stream()
                        .collect(Collectors.toMap(CriterionView::id, CriterionView::code));
        Map<Long, List<String>> byDecision = new HashMap<>();
        if (!found.isEmpty()) {
            decisionCriteria
                    .findByDecisionIdIn(
                            found.stream().map(MeetingDecision::getId).toList())
                    .forEach(dc -> byDecision
                            .computeIfAbsent(dc.getDecisionId(), d -> new ArrayList<>())
                            .add(codes.getOrDefault(dc.getCriterionId(), "?")));
        }
        return found.stream()
                .map(d -> new DecisionLine(
                        d.getId(), d.getText(), byDecision.getOrDefault(d.getId(), List.of()), d.getActionId()))
                .toList();
    }

    Meeting find(long meetingId) {
        return meetings.findById(meetingId).orElseThrow(NotFoundException::new);
    }

    /** The structure's lines on recorded sheets, latest meeting first. */
    @Transactional(readOnly = true)
    public List<StructureAttendance> attendanceOfStructure(long structureId) {
        return attendances.findHistoryOfStructure(structureId);
    }
}
