package fr.pilotis.indicator;

import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hand-set data of the planning, action-plan, deliverable, impact and ANAP providers on top of
 * {@link IndicatorWorld} (A, B in U1/G1; C in U1/G2; D in U2/G2: G2 spans both UT), all for 2025
 * unless said:
 *
 * <pre>
 * meetings  M1 G1 2025-03-10 A present, B excused · M2 G1 2025-06-10 A, B present
 *           M3 G2 2025-04-01 C absent, D present · M4 G2 2025-09-01 not held · M5 G1 2024-05-05 A absent
 * actions   A: done, done, todo (overdue), abandoned · B: done, in progress (overdue) · C: abandoned
 *           G1 collective: done, todo · G2 collective: done · A 2024: done
 * deliv.    R1 (criterion 4.2.9, due 2025-06-30): A validated, B expected, C validated, D changes requested
 *           R2 (no criterion, due 2025-12-01): A submitted, B validated · R3 (due 2024): A validated
 * impact    A: 100 clients, 40 returned, 10 very + 20 satisfied, complaints AB12, « ab 12 », CD34
 *           B: 50 clients, 10 returned, 5 very satisfied · C: nothing · D: one complaint, no year entered
 * ANAP      A (SSIAD) 900/1000 days, 1200 days over 10 exits, 5 FTE / 20 places
 *           C (SPASAD) 800/1000, 600 over 4, 3 / 10 · D (SSIAD) 1100/1000, 500 over 5, 4 / 20
 *           B (SAAD, not concerned) 500/1000
 * </pre>
 */
public final class ProviderWorld {

    private ProviderWorld() {}

    public static void seed(JdbcTemplate jdbc, IndicatorWorld.World w) {
        long n = w.network();
        long m1 = meeting(jdbc, n, w.g1(), "2025-03-10", true);
        attendance(jdbc, n, m1, w.a(), "PRESENT");
        attendance(jdbc, n, m1, w.b(), "EXCUSED");
        long m2 = meeting(jdbc, n, w.g1(), "2025-06-10", true);
        attendance(jdbc, n, m2, w.a(), "PRESENT");
        attendance(jdbc, n, m2, w.b(), "PRESENT");
        long m3 = meeting(jdbc, n, w.g2(), "2025-04-01", true);
        attendance(jdbc, n, m3, w.c(), "ABSENT");
        attendance(jdbc, n, m3, w.d(), "PRESENT");
        meeting(jdbc, n, w.g2(), "2025-09-01", false);
        long m5 = meeting(jdbc, n, w.g1(), "2024-05-05", true);
        attendance(jdbc, n, m5, w.a(), "ABSENT");

        action(jdbc, n, null, w.a(), "2025-02-01", "DONE");
        action(jdbc, n, null, w.a(), "2025-03-01", "DONE");
        action(jdbc, n, null, w.a(), "2025-02-01", "TODO");
        action(jdbc, n, null, w.a(), "2025-04-01", "ABANDONED");
        action(jdbc, n, null, w.b(), "2025-02-01", "DONE");
        action(jdbc, n, null, w.b(), "2025-03-01", "IN_PROGRESS");
        action(jdbc, n, null, w.c(), "2025-05-01", "ABANDONED");
        action(jdbc, n, w.g1(), null, "2025-05-01", "DONE");
        action(jdbc, n, w.g1(), null, "2025-05-01", "TODO");
        action(jdbc, n, w.g2(), null, "2025-05-01", "DONE");
        action(jdbc, n, null, w.a(), "2024-05-01", "DONE");

        Long livret = jdbc.queryForObject(
                "select min(id) from criterion where network_id = ? and code = '4.2.9'", Long.class, n);
        long r1 = requirement(jdbc, n, livret, "2025-06-30");
        long r2 = requirement(jdbc, n, null, "2025-12-01");
        long r3 = requirement(jdbc, n, null, "2024-06-01");
        deliverable(jdbc, n, r1, w.a(), "VALIDATED");
        deliverable(jdbc, n, r1, w.b(), "EXPECTED");
        deliverable(jdbc, n, r1, w.c(), "VALIDATED");
        deliverable(jdbc, n, r1, w.d(), "CHANGES_REQUESTED");
        deliverable(jdbc, n, r2, w.a(), "SUBMITTED");
        deliverable(jdbc, n, r2, w.b(), "VALIDATED");
        deliverable(jdbc, n, r3, w.a(), "VALIDATED");

        impactYear(jdbc, n, w.a(), 100, 40, 10, 20);
        impactYear(jdbc, n, w.b(), 50, 10, 5, 0);
        complaint(jdbc, n, w.a(), "2025-02-03", "AB12");
        complaint(jdbc, n, w.a(), "2025-05-03", "ab 12");
        complaint(jdbc, n, w.a(), "2025-07-03", "CD34");
        complaint(jdbc, n, w.a(), "2024-07-03", "EF56");
        complaint(jdbc, n, w.d(), "2025-07-03", "GH78");

        anap(jdbc, n, w.a(), 900, 1000, 1200, 10, 5, 20);
        anap(jdbc, n, w.c(), 800, 1000, 600, 4, 3, 10);
        anap(jdbc, n, w.d(), 1100, 1000, 500, 5, 4, 20);
        value(jdbc, n, w.b(), "DAYS_DELIVERED", 500);
        value(jdbc, n, w.b(), "DAYS_FINANCED", 1000);
    }

    private static long meeting(JdbcTemplate jdbc, long n, long group, String day, boolean held) {
        long id = jdbc.queryForObject("select nextval('meeting_seq')", Long.class);
        jdbc.update(
                "insert into meeting (id, network_id, working_group_id, held_on, starts_at, duration_minutes, place,"
                        + " expert_days, attendance_recorded) values (?, ?, ?, ?, '14:00', 120, 'Marseille', 0, ?)",
                id,
                n,
                group,
                Date.valueOf(LocalDate.parse(day)),
                held);
        return id;
    }

    private static void attendance(JdbcTemplate jdbc, long n, long meeting, long structure, String status) {
        jdbc.update(
                "insert into attendance (id, network_id, meeting_id, structure_id, status)"
                        + " values (nextval('attendance_seq'), ?, ?, ?, ?)",
                n,
                meeting,
                structure,
                status);
    }

    private static void action(JdbcTemplate jdbc, long n, Long group, Long structure, String due, String status) {
        jdbc.update(
                "insert into action_item (id, network_id, working_group_id, structure_id, title, due_on, priority,"
                        + " status, done_on) values (nextval('action_item_seq'), ?, ?, ?, 'Action', ?, 'MEDIUM', ?, ?)",
                n,
                group,
                structure,
                Date.valueOf(LocalDate.parse(due)),
                status,
                "DONE".equals(status) ? Date.valueOf(LocalDate.parse(due)) : null);
    }

    private static long requirement(JdbcTemplate jdbc, long n, Long criterion, String due) {
        long id = jdbc.queryForObject("select nextval('deliverable_requirement_seq')", Long.class);
        jdbc.update(
                "insert into deliverable_requirement (id, network_id, title, criterion_id, filled_by, due_on, origin,"
                        + " created_at) values (?, ?, 'Livrable', ?, 'REFERENT', ?, 'ADDED', now())",
                id,
                n,
                criterion,
                Date.valueOf(LocalDate.parse(due)));
        return id;
    }

    private static void deliverable(JdbcTemplate jdbc, long n, long requirement, long structure, String status) {
        jdbc.update(
                "insert into deliverable (id, network_id, requirement_id, structure_id, status)"
                        + " values (nextval('deliverable_seq'), ?, ?, ?, ?)",
                n,
                requirement,
                structure,
                status);
    }

    private static void impactYear(
            JdbcTemplate jdbc, long n, long structure, int clients, int returned, int very, int satisfied) {
        jdbc.update(
                "insert into impact_year (id, network_id, structure_id, year, clients_served, survey_mode,"
                        + " questionnaires_sent, questionnaires_returned, very_satisfied, satisfied, not_very_satisfied,"
                        + " not_satisfied, qualitative_benefits) values (nextval('impact_year_seq'), ?, ?, 2025, ?,"
                        + " 'TOTALS', ?, ?, ?, ?, 0, 0, 'Synthèse : des projets personnalisés mieux suivis')",
                n,
                structure,
                clients,
                returned,
                returned,
                very,
                satisfied);
    }

    private static void complaint(JdbcTemplate jdbc, long n, long structure, String day, String client) {
        jdbc.update(
                "insert into complaint (id, network_id, structure_id, received_on, channel, client_reference, category,"
                        + " description, answer_given) values (nextval('complaint_seq'), ?, ?, ?, 'WRITTEN', ?,"
                        + " 'SCHEDULE_PUNCTUALITY', 'Retard de passage', 'Excuses et planning revu')",
                n,
                structure,
                Date.valueOf(LocalDate.parse(day)),
                client);
    }

    private static void anap(
            JdbcTemplate jdbc,
            long n,
            long structure,
            int delivered,
            int financed,
            int days,
            int exits,
            int fte,
            int places) {
        value(jdbc, n, structure, "DAYS_DELIVERED", delivered);
        value(jdbc, n, structure, "DAYS_FINANCED", financed);
        value(jdbc, n, structure, "SUPPORT_DAYS_OF_EXITS", days);
        value(jdbc, n, structure, "EXITS", exits);
        value(jdbc, n, structure, "ACTUAL_FTE", fte);
        value(jdbc, n, structure, "AUTHORISED_PLACES", places);
    }

    private static void value(JdbcTemplate jdbc, long n, long structure, String input, double value) {
        jdbc.update(
                "insert into anap_value (network_id, structure_id, year, input_code, value) values (?, ?, 2025, ?, ?)",
                n,
                structure,
                input,
                value);
    }
}
