package fr.pilotis.demo;

import fr.pilotis.shared.Tenancy;
import fr.pilotis.shared.files.FileStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's action plans, in both networks: a collective plan for every working group (owned by
 * its expert or one of its structures) and a plan for every structure, built from the criteria its
 * latest submitted diagnostic did not meet, plus an action of its own. Some actions are done, some
 * abandoned, some overdue; every structure's first action has an evidence file. Written in batches
 * of plain SQL so that the demo loads fast.
 */
@Component
class DemoActionPlans {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Collective actions: title, description, criterion codes. */
    private static final String[][] COLLECTIVE = {
        {
            "Harmoniser le livret d'accueil entre les structures du groupe",
            "Partager les livrets existants, retenir une trame commune et la faire relire par un usager.",
            "4.2.9"
        },
        {
            "Rédiger un modèle commun de contrat de prestation",
            "S'appuyer sur le code de la consommation et l'arrêté du 26 décembre 2011 ; prévoir l'annexe tarifaire.",
            "4.3.2,4.3.1"
        },
        {
            "Construire une grille d'évaluation de la situation du client",
            "Grille unique utilisée lors de la première visite, révisée au moins une fois par an.",
            "4.2.1"
        },
        {
            "Organiser la continuité des interventions les week-ends",
            "Recenser les pratiques d'astreinte et formaliser une procédure de remplacement.",
            "4.4.8,4.4.9"
        },
        {
            "Mettre en place un dossier de suivi et d'accompagnement partagé",
            "Définir le contenu minimal du dossier au domicile et son circuit de mise à jour.",
            "4.6.2"
        },
        {
            "Former les référents au projet personnalisé",
            "Une demi-journée de formation animée par l'expert-réseau, avec cas pratiques.",
            "4.3.7"
        },
        {
            "Présenter les outils produits en réunion de réseau",
            "Restitution aux directeurs des structures du groupe.",
            ""
        }
    };

    private static final String[] STATUSES = {"DONE", "IN_PROGRESS", "TODO", "DONE", "IN_PROGRESS", "ABANDONED", "TODO"
    };

    private static final String EVIDENCE_PDF = "%PDF-1.4\n"
            + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            + " /Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
            + "4 0 obj << /Length 52 >> stream\nBT /F1 18 Tf 72 770 Td (Compte rendu d'avancement) Tj ET\n"
            + "endstream endobj\n"
            + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final FileStore files;
    private final Clock clock;

    DemoActionPlans(JdbcTemplate jdbc, TransactionTemplate transactions, FileStore files, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.files = files;
        this.clock = clock;
    }

    private record Row(
            long id,
            Long groupId,
            Long structureId,
            String title,
            String description,
            Long ownerPerson,
            Long ownerStructure,
            LocalDate startsOn,
            LocalDate dueOn,
            String priority,
            String status,
            int progress,
            List<Long> criteria,
            List<Long> themes) {}

    private record Criterion(long id, long themeId) {}

    /** Runs in the network's scope, after its diagnostics. */
    void load() {
        transactions.executeWithoutResult(status -> fill(Tenancy.currentNetworkId()));
    }

    private void fill(long network) {
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        int year = today.getYear();
        Long referential = jdbc
                .query(
                        "select referential_id from campaign where network_id = ? order by year desc limit 1",
                        (rs, i) -> rs.getLong(1),
                        network)
                .stream()
                .findFirst()
                .orElse(null);
        if (referential == null) {
            return;
        }
        Map<String, Criterion> criteria = new HashMap<>();
        jdbc.query(
                "select code, id, theme_id from criterion where network_id = ? and referential_id = ?",
                rs -> {
                    criteria.put(rs.getString(1), new Criterion(rs.getLong(2), rs.getLong(3)));
                },
                network,
                referential);
        Map<Long, Long> expertOfGroup = new HashMap<>();
        jdbc.query(
                "select working_group_id, min(user_id) from role_grant where network_id = ? and role = 'EXPERT'"
                        + " group by working_group_id",
                rs -> {
                    expertOfGroup.put(rs.getLong(1), rs.getLong(2));
                },
                network);
        Map<Long, Long> referentOf = new HashMap<>();
        jdbc.query(
                "select structure_id, min(user_id) from role_grant where network_id = ? and role = 'REFERENT'"
                        + " group by structure_id",
                rs -> {
                    referentOf.put(rs.getLong(1), rs.getLong(2));
                },
                network);
        Map<Long, List<Long>> structuresOfGroup = new LinkedHashMap<>();
        List<Long> structures = new ArrayList<>();
        jdbc.query(
                "select id, working_group_id from structure where network_id = ? order by id",
                rs -> {
                    structures.add(rs.getLong(1));
                    long group = rs.getLong(2);
                    if (!rs.wasNull()) {
                        structuresOfGroup
                                .computeIfAbsent(group, g -> new ArrayList<>())
                                .add(rs.getLong(1));
                    }
                },
                network);
        List<Long> groups =
                jdbc.queryForList("select id from working_group where network_id = ? order by id", Long.class, network);
        // the criteria rated partiel or non conforme in each structure's latest submitted diagnostic
        Map<Long, List<Criterion>> notMet = new HashMap<>();
        jdbc.query(
                "with latest as (select distinct on (d.structure_id) d.structure_id, d.id, d.status"
                        + " from diagnostic d join campaign c on c.id = d.campaign_id and c.network_id = d.network_id"
                        + " where d.network_id = ? and d.status in ('SUBMITTED', 'VALIDATED')"
                        + " order by d.structure_id, c.year desc)"
                        + " select l.structure_id, cr.id, cr.theme_id from latest l"
                        + " join answer a on a.diagnostic_id = l.id and a.network_id = ?"
                        + " join criterion cr on cr.id = a.criterion_id and cr.network_id = a.network_id"
                        + " where coalesce(case when l.status = 'VALIDATED' then a.review_rating end, a.rating)"
                        + " in ('PARTIEL', 'NON_CONFORME') order by l.structure_id, cr.position",
                rs -> {
                    notMet.computeIfAbsent(rs.getLong(1), s -> new ArrayList<>())
                            .add(new Criterion(rs.getLong(2), rs.getLong(3)));
                },
                network,
                network);

        List<Row> rows = new ArrayList<>();
        int counter = 0;
        for (int g = 0; g < groups.size(); g++) {
            long group = groups.get(g);
            List<Long> members = structuresOfGroup.getOrDefault(group, List.of());
            for (int k = 0; k < COLLECTIVE.length; k++) {
                String status = STATUSES[(k + g) % STATUSES.length];
                LocalDate due = today.plusDays(-120 + 45L * k + 7L * g);
                Long ownerStructure = k % 3 == 1 && !members.isEmpty() ? members.get(k % members.size()) : null;
                Long ownerPerson = ownerStructure == null ? expertOfGroup.get(group) : null;
                List<Long> linked = new ArrayList<>();
                List<Long> themes = new ArrayList<>();
                for (String code : COLLECTIVE[k][2].split(",")) {
                    Criterion c = criteria.get(code);
                    if (c != null) {
                        linked.add(c.id());
                        if (!themes.contains(c.themeId())) {
                            themes.add(c.themeId());
                        }
                    }
                }
                rows.add(new Row(
                        0,
                        group,
                        null,
                        COLLECTIVE[k][0],
                        COLLECTIVE[k][1],
                        ownerPerson,
                        ownerStructure,
                        due.minusMonths(3),
                        due,
                        k < 2 ? "HIGH" : (k < 5 ? "MEDIUM" : "LOW"),
                        status,
                        progress(status, k),
                        linked,
                        themes));
                counter++;
            }
        }
        for (int s = 0; s < structures.size(); s++) {
            long structure = structures.get(s);
            Long referent = referentOf.get(structure);
            List<Criterion> gaps = notMet.getOrDefault(structure, List.of());
            int fromDiagnostic = s % 4 == 3 ? 0 : Math.min(3, gaps.size());
            for (int k = 0; k < fromDiagnostic; k++) {
                Criterion c = gaps.get(k);
                String code = criteria.entrySet().stream()
                        .filter(e -> e.getValue().id() == c.id())
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElse("");
                String status = STATUSES[(s + k) % STATUSES.length];
                LocalDate due = today.plusDays(-60 + 40L * k + 3L * (s % 10));
                rows.add(new Row(
                        0,
                        null,
                        structure,
                        "Mettre en conformité le critère " + code,
                        "Action issue du diagnostic : critère jugé partiel ou non conforme.",
                        referent,
                        null,
                        null,
                        due,
                        k == 0 ? "HIGH" : "MEDIUM",
                        status,
                        progress(status, k + s),
                        List.of(c.id()),
                        List.of(c.themeId())));
            }
            String status = STATUSES[(s + 3) % STATUSES.length];
            rows.add(new Row(
                    0,
                    null,
                    structure,
                    "Présenter le plan d'actions à l'équipe d'intervenants",
                    "Réunion d'équipe : objectifs, calendrier et rôle de chacun.",
                    referent,
                    null,
                    LocalDate.of(year, 1, 15),
                    today.plusDays(s % 2 == 0 ? -20 : 30),
                    "LOW",
                    status,
                    progress(status, s),
                    List.of(),
                    List.of()));
        }
        insert(network, rows, today);
    }

    private static int progress(String status, int salt) {
        return switch (status) {
            case "DONE" -> 100;
            case "IN_PROGRESS" -> 20 + (salt * 15) % 60;
            default -> 0;
        };
    }

    private void insert(long network, List<Row> rows, LocalDate today) {
        List<Long> ids = jdbc.queryForList(
                "select nextval('action_item_seq') from generate_series(1, ?)", Long.class, rows.size());
        List<Object[]> items = new ArrayList<>();
        List<Object[]> criteria = new ArrayList<>();
        List<Object[]> themes = new ArrayList<>();
        List<Object[]> comments = new ArrayList<>();
        Map<Long, Long> firstOfStructure = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            long id = ids.get(i);
            items.add(new Object[] {
                id,
                network,
                row.groupId(),
                row.structureId(),
                row.title(),
                row.description(),
                row.ownerPerson(),
                row.ownerStructure(),
                row.startsOn() == null ? null : Date.valueOf(row.startsOn()),
                Date.valueOf(row.dueOn()),
                row.priority(),
                row.status(),
                row.progress(),
                row.status().equals("DONE") ? Date.valueOf(row.dueOn().isBefore(today) ? row.dueOn() : today) : null
            });
            row.criteria().forEach(c -> criteria.add(new Object[] {network, id, c}));
            row.themes().forEach(t -> themes.add(new Object[] {network, id, t}));
            if (row.structureId() != null) {
                firstOfStructure.putIfAbsent(row.structureId(), id);
            }
            if (i % 3 == 0) {
                comments.add(new Object[] {
                    network,
                    id,
                    row.ownerPerson(),
                    row.status().equals("DONE")
                            ? "Terminé : le document validé est joint dans les justificatifs."
                            : "Point d'étape fait en réunion ; la suite est prévue avant l'échéance."
                });
            }
        }
        jdbc.batchUpdate(
                "insert into action_item (id, network_id, working_group_id, structure_id, title, description,"
                        + " owner_person_id, owner_structure_id, starts_on, due_on, priority, status, progress, done_on)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                items);
        jdbc.batchUpdate(
                "insert into action_criterion (id, network_id, action_id, criterion_id)"
                        + " values (nextval('action_criterion_seq'), ?, ?, ?)",
                criteria);
        jdbc.batchUpdate(
                "insert into action_theme (id, network_id, action_id, theme_id)"
                        + " values (nextval('action_theme_seq'), ?, ?, ?)",
                themes);
        jdbc.batchUpdate(
                "insert into action_comment (id, network_id, action_id, author_id, body)"
                        + " values (nextval('action_comment_seq'), ?, ?, ?, ?)",
                comments);
        if (!firstOfStructure.isEmpty()) {
            // one small file shared by the evidence of every structure's first action
            byte[] pdf = EVIDENCE_PDF.getBytes(StandardCharsets.US_ASCII);
            long fileId = files.store("Compte rendu d'avancement.pdf", pdf.length, new ByteArrayInputStream(pdf), null)
                    .id();
            jdbc.batchUpdate(
                    "insert into action_evidence (id, network_id, action_id, file_id)"
                            + " values (nextval('action_evidence_seq'), ?, ?, ?)",
                    firstOfStructure.values().stream()
                            .map(actionId -> new Object[] {network, actionId, fileId})
                            .toList());
        }
    }
}
