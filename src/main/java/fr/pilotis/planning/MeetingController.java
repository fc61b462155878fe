package fr.pilotis.planning;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.organisation.WorkingGroupSummary;
import fr.pilotis.referential.ReferentialVersion;
import fr.pilotis.shared.AuditTrail;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.NotFoundException;
import fr.pilotis.shared.files.FileStore;
import fr.pilotis.shared.files.StoredFileView;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Collective meetings: the group's experts and organisers (admin, pilots of a UT touching the
 * group) create them and fill in the attendance sheet; the experts (and admins) write the minutes
 * and decisions; the group's members read the meeting, their own line of the sheet and the
 * published minutes. Funders never reach any of it (they read no group).
 */
@Controller
class MeetingController {

    private final AccessPolicy access;
    private final OrganisationDirectory directory;
    private final Meetings meetings;
    private final MinutesRenderer renderer;
    private final AuditTrail audit;
    private final Clock clock;

    MeetingController(
            AccessPolicy access,
            OrganisationDirectory directory,
            Meetings meetings,
            MinutesRenderer renderer,
            AuditTrail audit,
            Clock clock) {
        this.access = access;
        this.directory = directory;
        this.meetings = meetings;
        this.renderer = renderer;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- the meeting

    @GetMapping("/groups/{groupId}/meetings/new")
    String newMeeting(@PathVariable long groupId, Model model) {
        WorkingGroupSummary group = requireRunnerOfGroup(groupId);
        MeetingForm form = new MeetingForm();
        form.setHeldOn(LocalDate.now(clock.withZone(PlanningController.PARIS)).plusDays(14));
        form.setStartsAt(LocalTime.of(9, 30));
        form.setDurationMinutes(180);
        form.setExpertDays(BigDecimal.ONE);
        model.addAttribute("form", form);
        return meetingForm(group, null, meetings.currentReferential().orElse(null), model);
    }

    @PostMapping("/groups/{groupId}/meetings")
    String create(
            @PathVariable long groupId,
            @ModelAttribute("form") MeetingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        WorkingGroupSummary group = requireRunnerOfGroup(groupId);
        long meetingId;
        try {
            PlanningController.refuseUnconverted(errors);
            meetingId = meetings.create(groupId, form.input());
        } catch (InvalidInputException refused) {
            PlanningController.reject(refused, errors);
            return meetingForm(group, null, meetings.currentReferential().orElse(null), model);
        }
        redirect.addFlashAttribute("done", "planning.meeting.created");
        return "redirect:/meetings/" + meetingId;
    }

    @GetMapping("/meetings/{meetingId}/edit")
    String edit(@PathVariable long meetingId, Model model) {
        WorkingGroupSummary group = requireRunner(meetingId);
        MeetingSummary meeting = meetings.summary(meetingId, group.name());
        MeetingTopics topics = meetings.topics(meetingId);
        MeetingForm form = new MeetingForm();
        form.setHeldOn(meeting.heldOn());
        form.setStartsAt(meeting.startsAt());
        form.setDurationMinutes(meeting.durationMinutes());
        form.setPlace(meeting.place());
        form.setAgenda(meeting.agenda());
        form.setPreparation(meeting.preparation());
        form.setExpertDays(meeting.expertDays());
        form.setThemeIds(new ArrayList<>(topics.themeIds()));
        form.setCriterionIds(new ArrayList<>(topics.criterionIds()));
        model.addAttribute("form", form);
        return meetingForm(group, meeting, referentialOf(meetingId), model);
    }

    @PostMapping("/meetings/{meetingId}/edit")
    String update(
            @PathVariable long meetingId,
            @ModelAttribute("form") MeetingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        WorkingGroupSummary group = requireRunner(meetingId);
        try {
            PlanningController.refuseUnconverted(errors);
            meetings.update(meetingId, form.input());
        } catch (InvalidInputException refused) {
            PlanningController.reject(refused, errors);
            return meetingForm(group, meetings.summary(meetingId, group.name()), referentialOf(meetingId), model);
        }
        redirect.addFlashAttribute("done", "planning.meeting.saved");
        return "redirect:/meetings/" + meetingId;
    }

    private ReferentialVersion referentialOf(long meetingId) {
        return meetings.currentReferentialOf(meetingId).orElse(null);
    }

    private String meetingForm(
            WorkingGroupSummary group, MeetingSummary meeting, ReferentialVersion referential, Model model) {
        model.addAttribute("group", group);
        model.addAttribute("meeting", meeting);
        model.addAttribute("referential", referential);
        return "planning/meeting-form";
    }

    @GetMapping("/meetings/{meetingId}")
    String meeting(@PathVariable long meetingId, Model model) {
        WorkingGroupSummary group = requireReader(meetingId);
        long groupId = group.id();
        MeetingSummary meeting = meetings.summary(meetingId, group.name());
        boolean runner = access.canOrganiseGroup(groupId) || access.isExpertOfGroup(groupId);
        boolean minutesWriter = canWriteMinutes(groupId);
        model.addAttribute("group", group);
        model.addAttribute("meeting", meeting);
        model.addAttribute("topics", meetings.topics(meetingId));
        model.addAttribute("canRunMeetings", runner);
        model.addAttribute("canWriteMinutes", minutesWriter);
        model.addAttribute("attendance", readableLines(meetingId, groupId));
        if (meeting.minutesPublished() || minutesWriter) {
            model.addAttribute("minutesHtml", renderer.toHtml(meetings.minutes(meetingId)));
            model.addAttribute("decisions", meetings.decisions(meetingId));
        }
        if (meeting.hasSignedSheet()) {
            model.addAttribute("signedSheet", meetings.signedSheet(meetingId).orElse(null));
        }
        model.addAttribute("maxMegabytes", FileStore.MAX_MEGABYTES);
        return "planning/meeting";
    }

    /** The sheet's lines the person may read: a structure's people only see their own structure's line. */
    private List<AttendanceLine> readableLines(long meetingId, long groupId) {
        Set<Long> readable = directory.structuresOfGroup(groupId, access.readableStructures()).stream()
                .map(StructureSummary::id)
                .collect(Collectors.toSet());
        return meetings.attendance(meetingId, structuresOf(groupId)).stream()
                .filter(line -> readable.contains(line.structureId()))
                .toList();
    }

    // ---- attendance

    @GetMapping("/meetings/{meetingId}/attendance")
    String attendanceForm(@PathVariable long meetingId, Model model) {
        WorkingGroupSummary group = requireRunner(meetingId);
        return attendancePage(
                group,
                meetingId,
                merge(meetings.attendance(meetingId, structuresOf(group.id())), Map.of()),
                List.of(),
                model);
    }

    @PostMapping("/meetings/{meetingId}/attendance")
    String recordAttendance(
            @PathVariable long meetingId,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        WorkingGroupSummary group = requireRunner(meetingId);
        Map<Long, String[]> structures = structuresOf(group.id());
        Map<Long, AttendanceInput> lines = new HashMap<>();
        boolean unknownStructure = false;
        for (Map.Entry<String, String> param : params.entrySet()) {
            if (!param.getKey().startsWith("status_")) {
                continue;
            }
            String id = param.getKey().substring("status_".length());
            try {
                long structureId = Long.parseLong(id);
                lines.put(structureId, new AttendanceInput(status(param.getValue()), params.get("attendees_" + id)));
            } catch (NumberFormatException notAnId) {
                unknownStructure = true;
            }
        }
        try {
            if (unknownStructure) {
                throw InvalidInputException.of(null, "planning.attendance.notInGroup");
            }
            meetings.recordAttendance(meetingId, lines, structures.keySet());
        } catch (InvalidInputException refused) {
            return attendancePage(
                    group,
                    meetingId,
                    merge(meetings.attendance(meetingId, structures), lines),
                    refused.problems(),
                    model);
        }
        redirect.addFlashAttribute("done", "planning.attendance.recorded");
        return "redirect:/meetings/" + meetingId;
    }

    private static AttendanceStatus status(String value) {
        try {
            return value == null || value.isBlank() ? null : AttendanceStatus.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The sheet's lines with what was just submitted in place of what is saved. */
    private static List<AttendanceLine> merge(List<AttendanceLine> saved, Map<Long, AttendanceInput> submitted) {
        return saved.stream()
                .map(line -> {
                    AttendanceInput input = submitted.get(line.structureId());
                    return input == null
                            ? line
                            : new AttendanceLine(
                                    line.structureId(),
                                    line.structureName(),
                                    line.finess(),
                                    input.status(),
                                    input.attendees());
                })
                .toList();
    }

    private String attendancePage(
            WorkingGroupSummary group,
            long meetingId,
            List<AttendanceLine> lines,
            List<InvalidInputException.Problem> problems,
            Model model) {
        model.addAttribute("group", group);
        model.addAttribute("meeting", meetings.summary(meetingId, group.name()));
        model.addAttribute("lines", lines);
        model.addAttribute("problems", problems);
        model.addAttribute("statuses", AttendanceStatus.values());
        return "planning/attendance";
    }

    /** The printable sheet to sign: one line per structure of the group, with room for signatures. */
    @GetMapping("/meetings/{meetingId}/sheet")
    String sheet(@PathVariable long meetingId, Model model) {
        WorkingGroupSummary group = requireRunner(meetingId);
        model.addAttribute("group", group);
        model.addAttribute("meeting", meetings.summary(meetingId, group.name()));
        model.addAttribute("topics", meetings.topics(meetingId));
        model.addAttribute("lines", meetings.attendance(meetingId, structuresOf(group.id())));
        return "planning/sheet";
    }

    @PostMapping("/meetings/{meetingId}/sheet-scan")
    String uploadScan(
            @PathVariable long meetingId,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        requireRunner(meetingId);
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "file.empty");
            }
            try (InputStream content = file.getInputStream()) {
                meetings.attachSignedSheet(
                        meetingId,
                        file.getOriginalFilename(),
                        file.getSize(),
                        content,
                        access.currentUser().userId());
            }
            redirect.addFlashAttribute("done", "planning.sheet.uploaded");
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute("refused", Refusal.of(refused));
        } catch (IOException unreadable) {
            redirect.addFlashAttribute("refused", Refusal.of(InvalidInputException.of("file", "file.unreadable")));
        }
        return "redirect:/meetings/" + meetingId;
    }

    @GetMapping("/meetings/{meetingId}/sheet-scan")
    void downloadScan(@PathVariable long meetingId, HttpServletResponse response) throws IOException {
        requireReader(meetingId);
        StoredFileView file = meetings.signedSheet(meetingId).orElseThrow(NotFoundException::new);
        audit.record("DOWNLOAD", "Meeting", meetingId, Map.of("file", file.fileName()));
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.sizeBytes());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(file.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        // headers first: the shared session is saved then, not inside the read-only transaction
        response.flushBuffer();
        meetings.copySignedSheet(file.id(), response.getOutputStream());
    }

    static String attachment(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints()
                .map(c -> c < 0x20 || c > 0x7e || c == '"' || c == '\\' ? '_' : c)
                .forEach(ascii::appendCodePoint);
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + UriUtils.encode(fileName, StandardCharsets.UTF_8);
    }

    // ---- minutes and decisions

    @GetMapping("/meetings/{meetingId}/minutes")
    String minutesForm(@PathVariable long meetingId, Model model) {
        WorkingGroupSummary group = requireMinutesWriter(meetingId);
        MinutesForm form = new MinutesForm();
        form.setMinutes(meetings.minutes(meetingId));
        model.addAttribute("form", form);
        return minutesPage(group, meetingId, new DecisionForm(), model);
    }

    @PostMapping("/meetings/{meetingId}/minutes")
    String saveMinutes(
            @PathVariable long meetingId,
            @ModelAttribute("form") MinutesForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        WorkingGroupSummary group = requireMinutesWriter(meetingId);
        try {
            meetings.writeMinutes(meetingId, form.getMinutes(), form.isPublish());
        } catch (InvalidInputException refused) {
            PlanningController.reject(refused, errors);
            return minutesPage(group, meetingId, new DecisionForm(), model);
        }
        redirect.addFlashAttribute("done", form.isPublish() ? "planning.minutes.published" : "planning.minutes.saved");
        return "redirect:/meetings/" + meetingId + "/minutes";
    }

    @PostMapping("/meetings/{meetingId}/decisions")
    String addDecision(
            @PathVariable long meetingId,
            @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        WorkingGroupSummary group = requireMinutesWriter(meetingId);
        try {
            PlanningController.refuseUnconverted(errors);
            meetings.addDecision(meetingId, form.getText(), form.getCriterionIds());
        } catch (InvalidInputException refused) {
            PlanningController.reject(refused, errors);
            MinutesForm minutes = new MinutesForm();
            minutes.setMinutes(meetings.minutes(meetingId));
            model.addAttribute("form", minutes);
            return minutesPage(group, meetingId, form, model);
        }
        redirect.addFlashAttribute("done", "planning.decision.added");
        return "redirect:/meetings/" + meetingId + "/minutes";
    }

    @PostMapping("/meetings/decisions/{meetingDecisionId}/delete")
    String removeDecision(@PathVariable long meetingDecisionId, RedirectAttributes redirect) {
        long meetingId = meetings.meetingOfDecision(meetingDecisionId);
        requireMinutesWriter(meetingId);
        try {
            meetings.removeDecision(meetingDecisionId);
            redirect.addFlashAttribute("done", "planning.decision.removed");
        } catch (InvalidInputException refused) {
            redirect.addFlashAttribute("refused", Refusal.of(refused));
        }
        return "redirect:/meetings/" + meetingId + "/minutes";
    }

    private String minutesPage(WorkingGroupSummary group, long meetingId, DecisionForm decisionForm, Model model) {
        MeetingSummary meeting = meetings.summary(meetingId, group.name());
        model.addAttribute("group", group);
        model.addAttribute("meeting", meeting);
        model.addAttribute("decisionForm", decisionForm);
        model.addAttribute("minutesHtml", renderer.toHtml(meetings.minutes(meetingId)));
        model.addAttribute("decisions", meetings.decisions(meetingId));
        model.addAttribute("topics", meetings.topics(meetingId));
        return "planning/minutes";
    }

    // ---- access

    private WorkingGroupSummary requireReader(long meetingId) {
        return access.requireReadableGroup(meetings.groupOf(meetingId));
    }

    private WorkingGroupSummary requireRunner(long meetingId) {
        return requireRunnerOfGroup(meetings.groupOf(meetingId));
    }

    private WorkingGroupSummary requireRunnerOfGroup(long groupId) {
        WorkingGroupSummary group = access.requireReadableGroup(groupId);
        if (!access.canOrganiseGroup(groupId) && !access.isExpertOfGroup(groupId)) {
            throw new NotFoundException();
        }
        return group;
    }

    /** The minutes are the group's experts' (and the network admins'), not the pilots'. */
    private boolean canWriteMinutes(long groupId) {
        return access.isExpertOfGroup(groupId) || access.isNetworkAdmin();
    }

    private WorkingGroupSummary requireMinutesWriter(long meetingId) {
        WorkingGroupSummary group = requireReader(meetingId);
        if (!canWriteMinutes(group.id())) {
            throw new NotFoundException();
        }
        return group;
    }

    /** The group's structures (all of them: the sheet lists every member), id → {name, FINESS}. */
    private Map<Long, String[]> structuresOf(long groupId) {
        Map<Long, String[]> all = new LinkedHashMap<>();
        directory
                .structuresOfGroup(groupId, StructureScope.wholeNetwork())
                .forEach(s -> all.put(s.id(), new String[] {s.name(), s.finess()}));
        return all;
    }
}
