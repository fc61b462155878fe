package fr.pilotis.demo;

import fr.pilotis.shared.Tenancy;
import fr.pilotis.shared.files.FileStore;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo planning of every UT and working group: the seed's steps from the framing meetings of
 * late 2015 through the themes of 2016–2017 (slide 17) and the current year; for every group,
 * collective meetings with their attendance sheets, published minutes and decisions (two past
 * years, this year's meetings held so far, and two to come), the expert's visits and one group over
 * its expert-days budget. Rows go in by batches (the load runs at every test start); the signed
 * scan of each group's first meeting goes through the file store.
 */
@Component
class DemoPlanning {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final String[] ATTENDEES = {
        "Mme Martin (référente qualité), M. Garcia (infirmier coordinateur)",
        "Mme Bernard (responsable de secteur)",
        "M. Petit (directeur), Mme Roux (référente technique)",
        "Mme Fontaine (référente technique)",
        "Mme Lefèvre (assistante de direction), Mme Morel (responsable de secteur)",
        "M. Girard (infirmier coordinateur)"
    };
    private static final String[] PLACES = {
        "Maison des associations, salle 2", "Siège de la fédération, salle de réunion", "Visioconférence"
    };

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final FileStore files;
    private final Clock clock;

    DemoPlanning(JdbcTemplate jdbc, TransactionTemplate transactions, FileStore files, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.files = files;
        this.clock = clock;
    }

    private record Theme(long id, String code, String title, List<Long> criteria) {}

    /** Loads each network's planning, after its diagnostics (meetings study the current campaign's référentiel). */
    void load(long... networks) {
        for (long network : networks) {
            Tenancy.runInNetwork(network, () -> transactions.executeWithoutResult(status -> fill(network)));
        }
    }

    private void fill(long network) {
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        int year = today.getYear();
        List<Theme> themes = themes(network);
        Long referentialId = themes.isEmpty()
                ? null
                : jdbc.queryForObject(
                        "select referential_id from campaign where network_id = ? order by year desc limit 1",
                        Long.class,
                        network);
        Map<Long, Long> pilotOfUnion = new HashMap<>();
        jdbc.query(
                "select territorial_union_id, min(user_id) from role_grant where network_id = ? and role = 'PILOT'"
                        + " group by territorial_union_id",
                row -> {
                    pilotOfUnion.put(row.getLong(1), row.getLong(2));
                },
                network);
        Map<Long, Long> expertOfGroup = new HashMap<>();
        jdbc.query(
                "select working_group_id, min(user_id) from role_grant where network_id = ? and role = 'EXPERT'"
                        + " group by working_group_id",
                row -> {
                    expertOfGroup.put(row.getLong(1), row.getLong(2));
                },
                network);
        List<Object[]> steps = new ArrayList<>();
        List<Long> unionIds = jdbc.queryForList(
                "select id from territorial_union where network_id = ? order by id", Long.class, network);
        for (long union : unionIds) {
            Long pilot = pilotOfUnion.get(union);
            steps.add(step(
                    network,
                    union,
                    null,
                    "FRAMING",
                    "Moment de cadrage de l'UT (pilote et experts)",
                    null,
                    LocalDate.of(2015, 11, 16),
                    LocalDate.of(2015, 11, 16),
                    pilot,
                    "DONE"));
            steps.add(step(
                    network,
                    union,
                    null,
                    "LAUNCH",
                    "Journée de lancement du module « Réalisation des prestations »",
                    null,
                    LocalDate.of(2016, 1, 7),
                    LocalDate.of(2016, 1, 7),
                    pilot,
                    "DONE"));
            for (int y = 2016; y <= 2017; y++) {
                steps.add(step(
                        network,
                        union,
                        null,
                        "SEMESTER_REPORT",
                        "Bilan semestriel de l'UT — 1er semestre " + y,
                        null,
                        LocalDate.of(y, 6, 15),
                        LocalDate.of(y, 7, 10),
                        pilot,
                        "DONE"));
            }
            steps.add(step(
                    network,
                    union,
                    null,
                    "SEMESTER_REPORT",
                    "Bilan semestriel de l'UT — 1er semestre " + year,
                    null,
                    LocalDate.of(year, 6, 15),
                    LocalDate.of(year, 7, 10),
                    pilot,
                    today.isAfter(LocalDate.of(year, 7, 10)) ? "DONE" : "PLANNED"));
            steps.add(step(
                    network,
                    union,
                    null,
                    "SEMESTER_REPORT",
                    "Bilan semestriel de l'UT — 2e semestre " + year,
                    null,
                    LocalDate.of(year, 12, 15),
                    LocalDate.of(year + 1, 1, 10),
                    pilot,
                    "PLANNED"));
        }
        List<long[]> groups = new ArrayList<>();
        jdbc.query(
                "select g.id, (select min(s.territorial_union_id) from structure s where s.working_group_id = g.id)"
                        + " from working_group g where g.network_id = ? order by g.id",
                row -> {
                    groups.add(new long[] {row.getLong(1), row.getLong(2)});
                },
                network);
        List<Object[]> meetings = new ArrayList<>();
        List<Object[]> topics = new ArrayList<>();
        List<Object[]> attendance = new ArrayList<>();
        List<Object[]> decisions = new ArrayList<>();
        List<Object[]> decisionCriteria = new ArrayList<>();
        List<Object[]> visits = new ArrayList<>();
        List<Long> firstMeetings = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            long group = groups.get(g)[0];
            Long expert = expertOfGroup.get(group);
            Long pilot = pilotOfUnion.get(groups.get(g)[1]);
            List<Long> structures = jdbc.queryForList(
                    "select id from structure where network_id = ? and working_group_id = ? order by id",
                    Long.class,
                    network,
                    group);
            steps.add(step(
                    network,
                    null,
                    group,
                    "FRAMING",
                    "Moment de cadrage du groupe (pilote et expert)",
                    null,
                    LocalDate.of(2015, 11, 23),
                    LocalDate.of(2015, 11, 23),
                    pilot,
                    "DONE"));
            steps.add(step(
                    network,
                    null,
                    group,
                    "LAUNCH",
                    "Journée de lancement",
                    null,
                    LocalDate.of(2016, 1, 7),
                    LocalDate.of(2016, 1, 7),
                    expert,
                    "DONE"));
            // one theme every three to four months (slide 17)
            LocalDate[] starts = {
                LocalDate.of(2016, 1, 11), LocalDate.of(2016, 5, 2), LocalDate.of(2016, 9, 5),
                LocalDate.of(2017, 1, 9), LocalDate.of(2017, 5, 2), LocalDate.of(2017, 9, 4)
            };
            for (int t = 0; t < Math.min(themes.size(), starts.length); t++) {
                Theme theme = themes.get(t);
                steps.add(step(
                        network,
                        null,
                        group,
                        "COLLECTIVE_SESSION",
                        "Thème " + theme.code() + " — " + theme.title(),
                        theme.code(),
                        starts[t],
                        starts[t].plusMonths(3).minusDays(5),
                        expert,
                        "DONE"));
            }
            for (int y = 2016; y <= 2017; y++) {
                steps.add(step(
                        network,
                        null,
                        group,
                        "ANNUAL_DIAGNOSTIC",
                        "Autodiagnostic annuel " + y,
                        null,
                        LocalDate.of(y, 1, 15),
                        LocalDate.of(y, 3, 31),
                        expert,
                        "DONE"));
            }
            steps.add(step(
                    network,
                    null,
                    group,
                    "ANNUAL_DIAGNOSTIC",
                    "Autodiagnostic annuel " + year,
                    null,
                    LocalDate.of(year, 1, 15),
                    LocalDate.of(year, 12, 31),
                    expert,
                    "IN_PROGRESS"));
            if (!themes.isEmpty()) {
                Theme revisit = themes.get((g + 1) % themes.size());
                steps.add(step(
                        network,
                        null,
                        group,
                        "COLLECTIVE_SESSION",
                        "Reprise du thème " + revisit.code() + " — critères non atteints",
                        revisit.code(),
                        today.minusMonths(2),
                        today.plusMonths(2),
                        expert,
                        "IN_PROGRESS"));
            }
            steps.add(step(
                    network,
                    null,
                    group,
                    "OTHER",
                    "Point d'étape du plan d'actions collectif",
                    null,
                    today.plusDays(45),
                    today.plusDays(45),
                    expert,
                    g % 3 == 2 ? "POSTPONED" : "PLANNED"));

            // meetings: the first one gets the signed scan (the access tests reach scans through it)
            LocalDate[] dates = {
                LocalDate.of(year - 1, 3, 12),
                LocalDate.of(year - 1, 10, 8),
                today.minusDays(250),
                today.minusDays(150),
                today.minusDays(40),
                today.plusDays(20),
                today.plusDays(80)
            };
            for (int m = 0; m < dates.length; m++) {
                long meetingId = next("meeting_seq");
                boolean held = dates[m].isBefore(today);
                Theme theme = themes.isEmpty() ? null : themes.get((g + m) % themes.size());
                meetings.add(new Object[] {
                    meetingId,
                    network,
                    group,
                    referentialId,
                    Date.valueOf(dates[m]),
                    Time.valueOf(LocalTime.of(9, 30)),
                    180 + (m % 2) * 30,
                    PLACES[(g + m) % PLACES.length],
                    theme == null ? null : agenda(theme),
                    theme == null
                            ? null
                            : "Relire le référentiel du thème " + theme.code()
                                    + " et apporter les documents existants (procédures, modèles, enregistrements).",
                    BigDecimal.ONE,
                    held,
                    held ? minutes(theme, structures.size()) : null,
                    held ? "PUBLISHED" : "NONE",
                    held
                            ? Timestamp.from(
                                    dates[m].plusDays(7).atStartOfDay(PARIS).toInstant())
                            : null
                });
                if (m == 0) {
                    firstMeetings.add(meetingId);
                }
                if (theme != null) {
                    topics.add(new Object[] {network, meetingId, theme.id(), null});
                    for (int c = 0; c < Math.min(2, theme.criteria().size()); c++) {
                        topics.add(new Object[] {
                            network, meetingId, theme.id(), theme.criteria().get(c)
                        });
                    }
                }
                if (held) {
                    for (int s = 0; s < structures.size(); s++) {
                        double draw = new SplittableRandom(structures.get(s) * 31 + m * 7L + g).nextDouble();
                        String state = draw < 0.78 ? "PRESENT" : draw < 0.9 ? "EXCUSED" : "ABSENT";
                        attendance.add(new Object[] {
                            network,
                            meetingId,
                            structures.get(s),
                            state,
                            "PRESENT".equals(state) ? ATTENDEES[(s + m) % ATTENDEES.length] : null
                        });
                    }
                    if (theme != null) {
                        long first = next("meeting_decision_seq");
                        decisions.add(new Object[] {
                            first,
                            network,
                            meetingId,
                            "Chaque structure rédige ou met à jour sa procédure pour le critère "
                                    + codes.get(theme.criteria().get(0)) + " avant la prochaine réunion.",
                            1
                        });
                        decisionCriteria.add(
                                new Object[] {network, first, theme.criteria().get(0)});
                        decisions.add(new Object[] {
                            next("meeting_decision_seq"),
                            network,
                            meetingId,
                            "L'expert diffuse un modèle commun à adapter par chaque structure.",
                            2
                        });
                    }
                }
            }
            for (int v = 0; v < Math.min(2, structures.size()); v++) {
                visits.add(new Object[] {
                    network,
                    group,
                    structures.get(v),
                    Date.valueOf(today.minusDays(100 + v * 30L)),
                    new BigDecimal("0.5"),
                    v == 0
                            ? "Accompagnement à l'autodiagnostic et relecture des preuves"
                            : "Appui à la rédaction du livret d'accueil"
                });
            }
        }
        jdbc.batchUpdate(
                "insert into planning_step (id, network_id, territorial_union_id, working_group_id, kind, title,"
                        + " theme_code, starts_on, ends_on, owner_id, status)"
                        + " values (nextval('planning_step_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                steps);
        jdbc.batchUpdate(
                "insert into meeting (id, network_id, working_group_id, referential_id, held_on, starts_at,"
                        + " duration_minutes, place, agenda, preparation, expert_days, attendance_recorded, minutes,"
                        + " minutes_status, minutes_published_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                meetings);
        jdbc.batchUpdate(
                "insert into meeting_topic (id, network_id, meeting_id, theme_id, criterion_id)"
                        + " values (nextval('meeting_topic_seq'), ?, ?, ?, ?)",
                topics);
        jdbc.batchUpdate(
                "insert into attendance (id, network_id, meeting_id, structure_id, status, attendees)"
                        + " values (nextval('attendance_seq'), ?, ?, ?, ?, ?)",
                attendance);
        jdbc.batchUpdate(
                "insert into meeting_decision (id, network_id, meeting_id, text, position) values (?, ?, ?, ?, ?)",
                decisions);
        jdbc.batchUpdate(
                "insert into meeting_decision_criterion (id, network_id, decision_id, criterion_id)"
                        + " values (nextval('meeting_decision_criterion_seq'), ?, ?, ?)",
                decisionCriteria);
        jdbc.batchUpdate(
                "insert into expert_visit (id, network_id, working_group_id, structure_id, visited_on, days, purpose)"
                        + " values (nextval('expert_visit_seq'), ?, ?, ?, ?, ?, ?)",
                visits);
        if (!groups.isEmpty()) {
            // the first group has spent more than the budget its pilot set for this year
            jdbc.update(
                    "insert into expert_budget (id, network_id, working_group_id, year, days) values (?, ?, ?, ?, ?)",
                    next("expert_budget_seq"),
                    network,
                    groups.get(0)[0],
                    year,
                    new BigDecimal("3"));
        }
        byte[] scan = SIGNED_SHEET_PDF.getBytes(StandardCharsets.US_ASCII);
        for (long meetingId : firstMeetings) {
            long fileId = files.store(
                            "Feuille d'émargement signée.pdf", scan.length, new ByteArrayInputStream(scan), null)
                    .id();
            jdbc.update("update meeting set signed_sheet_file_id = ? where id = ?", fileId, meetingId);
        }
    }

    private List<Theme> themes(long network) {
        Long referential = jdbc.query(
                "select referential_id from campaign where network_id = ? order by year desc limit 1",
                rs -> rs.next() ? rs.getLong(1) : null,
                network);
        if (referential == null) {
            return List.of();
        }
        List<Theme> themes = new ArrayList<>();
        jdbc.query(
                "select id, code, title from referential_theme where referential_id = ? order by position",
                row -> {
                    themes.add(new Theme(row.getLong(1), row.getString(2), row.getString(3), new ArrayList<>()));
                },
                referential);
        Map<Long, Theme> byId = new HashMap<>();
        themes.forEach(t -> byId.put(t.id(), t));
        jdbc.query(
                "select theme_id, id, code from criterion where referential_id = ? and level = 1 order by position",
                row -> {
                    Theme theme = byId.get(row.getLong(1));
                    if (theme != null) {
                        theme.criteria().add(row.getLong(2));
                        codes.put(row.getLong(2), row.getString(3));
                    }
                },
                referential);
        return themes.stream().filter(t -> !t.criteria().isEmpty()).toList();
    }

    private final Map<Long, String> codes = new HashMap<>();

    private long next(String sequence) {
        return jdbc.queryForObject("select nextval('" + sequence + "')", Long.class);
    }

    private static Object[] step(
            long network,
            Long union,
            Long group,
            String kind,
            String title,
            String themeCode,
            LocalDate from,
            LocalDate to,
            Long owner,
            String status) {
        return new Object[] {
            network, union, group, kind, title, themeCode, Date.valueOf(from), Date.valueOf(to), owner, status
        };
    }

    private static String agenda(Theme theme) {
        return "1. Tour de table et retours sur le plan d'actions\n2. Thème " + theme.code() + " — " + theme.title()
                + " : présentation des critères\n3. Échanges de pratiques entre structures\n4. Décisions et préparation"
                + " de la prochaine séance";
    }

    private static String minutes(Theme theme, int structureCount) {
        if (theme == null) {
            return "## Compte-rendu\n\nRéunion tenue comme prévu.";
        }
        return "## Thème " + theme.code() + " — " + theme.title() + "\n\n"
                + "Les " + structureCount + " structures du groupe étaient convoquées.\n\n"
                + "### Points abordés\n\n"
                + "- présentation des critères de niveau 1 du thème ;\n"
                + "- partage des **procédures existantes** et des modèles de documents ;\n"
                + "- difficultés rencontrées : formalisation et *traçabilité* des pratiques.\n\n"
                + "### Suites\n\n"
                + "Les décisions ci-dessous alimentent le plan d'actions collectif du groupe.";
    }

    private static final String SIGNED_SHEET_PDF = "%PDF-1.4\n"
            + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            + " /Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
            + "4 0 obj << /Length 60 >> stream\nBT /F1 18 Tf 72 770 Td (Feuille d'emargement signee - demo) Tj ET\n"
            + "endstream endobj\n"
            + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n";
}
