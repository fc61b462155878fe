package fr.pilotis.planning;

import static fr.pilotis.planning.AttendanceStatus.ABSENT;
import static fr.pilotis.planning.AttendanceStatus.EXCUSED;
import static fr.pilotis.planning.AttendanceStatus.PRESENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pilotis.planning.PlanningWorld.World;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.support.PilotisTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Participation rates on a hand-computed case. Group 1 (A, B, D) held two meetings in 2025:
 * March — A present, B excused, D absent; June — A and B present, D excused. A third 2025 meeting
 * without a recorded sheet and a 2024 meeting do not count for 2025. Group 2 (C) held one, C
 * present. So in 2025: A 2/2 = 100 %, B 1/2 = 50 % (1 excused), D 0/2 = 0 % (1 excused, 1 absent);
 * group 1: 3 present of 6 expected = 50 %, 2 excused, 1 absent; the UT: 4 of 7.
 */
@PilotisTest
class ParticipationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Meetings meetings;

    @Autowired
    Participation participation;

    @Autowired
    JdbcTemplate jdbc;

    World world;

    @BeforeEach
    void createWorld() {
        world = new PlanningWorld(context).create();
    }

    private long held(long group, LocalDate day, Map<Long, AttendanceInput> lines, Set<Long> members) {
        return world.in(() -> {
            long id = meetings.create(group, PlanningWorld.meeting(day, BigDecimal.ONE));
            if (lines != null) {
                meetings.recordAttendance(id, lines, members);
            }
            return id;
        });
    }

    private static AttendanceInput line(AttendanceStatus status) {
        return new AttendanceInput(status, null);
    }

    @Test
    void ratesOfStructuresGroupsAndUnionsCountExcusedAsAbsentButApart() {
        Set<Long> group1 = Set.of(world.structureA(), world.structureB(), world.structureD());
        held(
                world.group1(),
                LocalDate.of(2025, 3, 10),
                Map.of(
                        world.structureA(),
                        line(PRESENT),
                        world.structureB(),
                        line(EXCUSED),
                        world.structureD(),
                        line(ABSENT)),
                group1);
        held(
                world.group1(),
                LocalDate.of(2025, 6, 10),
                Map.of(
                        world.structureA(),
                        line(PRESENT),
                        world.structureB(),
                        line(PRESENT),
                        world.structureD(),
                        line(EXCUSED)),
                group1);
        held(world.group1(), LocalDate.of(2025, 9, 10), null, group1);
        held(
                world.group1(),
                LocalDate.of(2024, 5, 5),
                Map.of(
                        world.structureA(),
                        line(ABSENT),
                        world.structureB(),
                        line(ABSENT),
                        world.structureD(),
                        line(ABSENT)),
                group1);
        held(
                world.group2(),
                LocalDate.of(2025, 4, 1),
                Map.of(world.structureC(), line(PRESENT)),
                Set.of(world.structureC()));

        Map<Long, ParticipationCounts> structures = world.in(() -> participation.ofStructures(
                2025, List.of(world.structureA(), world.structureB(), world.structureC(), world.structureD())));
        assertThat(structures.get(world.structureA())).isEqualTo(new ParticipationCounts(2, 0, 0, 2));
        assertThat(structures.get(world.structureA()).ratePercent()).isEqualTo(100.0);
        assertThat(structures.get(world.structureB())).isEqualTo(new ParticipationCounts(1, 1, 0, 2));
        assertThat(structures.get(world.structureB()).ratePercent()).isEqualTo(50.0);
        assertThat(structures.get(world.structureD())).isEqualTo(new ParticipationCounts(0, 1, 1, 2));
        assertThat(structures.get(world.structureD()).ratePercent()).isEqualTo(0.0);
        assertThat(structures.get(world.structureC())).isEqualTo(new ParticipationCounts(1, 0, 0, 1));

        Map<Long, ParticipationCounts> groups =
                world.in(() -> participation.ofGroups(2025, List.of(world.group1(), world.group2())));
        assertThat(groups.get(world.group1())).isEqualTo(new ParticipationCounts(3, 2, 1, 6));
        assertThat(groups.get(world.group1()).ratePercent()).isEqualTo(50.0);
        assertThat(world.in(() -> participation.ofUnions(2025, List.of(world.unionId()))))
                .containsEntry(world.unionId(), new ParticipationCounts(4, 2, 1, 7));
        assertThat(world.in(() -> participation.meetingsHeldByGroup(2025, List.of(world.group1(), world.group2()))))
                .containsEntry(world.group1(), 2L)
                .containsEntry(world.group2(), 1L);
        assertThat(world.in(() -> participation.meetingsHeldByUnion(2025, List.of(world.unionId()))))
                .containsEntry(world.unionId(), 3L);

        // 2024 on its own: the one meeting, everyone absent
        assertThat(world.in(() -> participation.ofGroups(2024, List.of(world.group1()))))
                .containsEntry(world.group1(), new ParticipationCounts(0, 0, 3, 3));
        // no meeting held: no rate rather than 0 %
        assertThat(world.in(() -> participation.ofStructures(2023, List.of(world.structureA()))))
                .isEmpty();
        assertThat(ParticipationCounts.NONE.ratePercent()).isNull();
    }

    @Test
    void attendanceForAStructureOutsideTheGroupIsRefusedAndNothingIsSaved() {
        long meeting = held(world.group1(), LocalDate.of(2025, 3, 10), null, Set.of());
        Set<Long> group1 = Set.of(world.structureA(), world.structureB(), world.structureD());
        assertThatThrownBy(() -> world.run(() -> meetings.recordAttendance(
                        meeting,
                        Map.of(
                                world.structureA(), line(PRESENT),
                                world.structureB(), line(PRESENT),
                                world.structureD(), line(PRESENT),
                                world.structureC(), line(PRESENT)),
                        group1)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .contains("planning.attendance.notInGroup"));
        // a structure of the group left without a status
        assertThatThrownBy(() -> world.run(
                        () -> meetings.recordAttendance(meeting, Map.of(world.structureA(), line(PRESENT)), group1)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("select count(*) from attendance where meeting_id = ?", Long.class, meeting))
                .isZero();
        assertThat(jdbc.queryForObject("select attendance_recorded from meeting where id = ?", Boolean.class, meeting))
                .isFalse();
    }

    @Test
    void attendanceOfAMeetingToComeIsRefused() {
        long meeting = held(world.group1(), LocalDate.now().plusDays(3), null, Set.of());
        assertThatThrownBy(() -> world.run(() -> meetings.recordAttendance(
                        meeting, Map.of(world.structureC(), line(PRESENT)), Set.of(world.structureC()))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .contains("planning.attendance.notYetHeld"));
    }

    @Test
    void recordingTheSheetAgainUpdatesItsLines() {
        Set<Long> group1 = Set.of(world.structureA(), world.structureB(), world.structureD());
        long meeting = held(
                world.group1(),
                LocalDate.of(2025, 3, 10),
                Map.of(
                        world.structureA(),
                        line(ABSENT),
                        world.structureB(),
                        line(ABSENT),
                        world.structureD(),
                        line(ABSENT)),
                group1);
        world.run(() -> meetings.recordAttendance(
                meeting,
                Map.of(
                        world.structureA(),
                        new AttendanceInput(PRESENT, "Mme Martin"),
                        world.structureB(),
                        line(ABSENT),
                        world.structureD(),
                        line(EXCUSED)),
                group1));
        assertThat(jdbc.queryForObject("select count(*) from attendance where meeting_id = ?", Long.class, meeting))
                .isEqualTo(3);
        assertThat(world.in(() -> participation.ofGroups(2025, List.of(world.group1()))))
                .containsEntry(world.group1(), new ParticipationCounts(1, 1, 1, 3));
    }
}
