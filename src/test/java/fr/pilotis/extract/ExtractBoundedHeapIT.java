package fr.pilotis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.pilotis.access.GrantRequest;
import fr.pilotis.access.PeopleAdministration;
import fr.pilotis.access.PersonDetails;
import fr.pilotis.access.Role;
import fr.pilotis.diagnostic.Campaigns;
import fr.pilotis.diagnostic.OpenCampaign;
import fr.pilotis.organisation.Networks;
import fr.pilotis.referential.ReferentialVersions;
import fr.pilotis.shared.Tenancy;
import fr.pilotis.support.DemoAccounts;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.SignIn;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The extract of a national-size network (22,000 structures, ANAP's figure) under a small heap:
 * Failsafe runs this class ({@code ./mvnw verify}) in a JVM of its own with {@code -Xmx256m},
 * where the application, its demo data and the extract must fit; a workbook held in memory would
 * not. The file is read back row by row with POI's streaming reader.
 */
@PilotisTest
class ExtractBoundedHeapIT {

    static final int STRUCTURES = 22_000;
    static final long HEAP_LIMIT = 300L * 1024 * 1024;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Networks networks;

    @Autowired
    ReferentialVersions referentials;

    @Autowired
    Campaigns campaigns;

    @Autowired
    PeopleAdministration people;

    @Test
    void twentyTwoThousandStructuresStreamUnderABoundedHeap() throws Exception {
        Assumptions.assumeTrue(
                Runtime.getRuntime().maxMemory() <= HEAP_LIMIT,
                "runs in the bounded-heap Failsafe JVM (-Xmx256m) only");
        String slug = "nat-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
        long network = Tenancy.callAcrossNetworks(() -> networks.create("Réseau national " + slug, slug));
        String admin = Tenancy.callInNetwork(network, () -> generate(network, slug));

        long startedAt = System.nanoTime();
        // the download goes to a file, read back from disk: POI unzips a package opened from a
        // stream into memory, which the reader, not the extract, could not afford here
        Path file = Files.createTempFile("extract-it-", ".xlsx");
        try {
            MvcResult started = mvc.perform(
                            get("/extracts/indicators.xlsx?year=2025").cookie(SignIn.as(mvc, admin)))
                    .andExpect(request().asyncStarted())
                    .andReturn();
            Files.write(
                    file,
                    mvc.perform(asyncDispatch(started))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsByteArray());
            started = null; // lets the response buffer go before the file is read back
            // the time the extract takes with every provider in, for the record
            System.out.printf(
                    "ExtractBoundedHeapIT: %d structures extracted in %d ms, %d bytes%n",
                    STRUCTURES, (System.nanoTime() - startedAt) / 1_000_000, Files.size(file));
            readBack(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void readBack(Path file) throws Exception {
        RowCounter rows = new RowCounter();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            try (InputStream structures = sheets.next()) {
                assertThat(sheets.getSheetName()).isEqualTo("Structures");
                SAXParserFactory factory = SAXParserFactory.newInstance();
                factory.setNamespaceAware(true);
                XMLReader xml = factory.newSAXParser().getXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, rows, false));
                xml.parse(new InputSource(structures));
            }
        }
        assertThat(rows.header).isEqualTo("FINESS");
        assertThat(rows.structures).isEqualTo(STRUCTURES);
        assertThat(rows.finesses).hasSize(STRUCTURES);
        // every third structure submitted at 75 %: a numeric cell read back as such
        assertThat(rows.rates).isEqualTo(STRUCTURES - STRUCTURES / 3 - 1);
        // the ANAP activity rate for the SSIAD and SPASAD only (half of them), participation for all
        assertThat(rows.activityRates).isEqualTo(STRUCTURES / 2);
        assertThat(rows.participations).isEqualTo(STRUCTURES);
    }

    // One network of 22,000 structures in 20 UT and 200 groups, a 2025 campaign where two structures
    // in three submitted a diagnostic, all in a few bulk statements.
    private String generate(long network, String slug) {
        jdbc.update(
                "insert into territorial_union (id, network_id, name) select nextval('territorial_union_seq'), ?,"
                        + " 'UT ' || g from generate_series(1, 20) g",
                network);
        jdbc.update(
                "insert into working_group (id, network_id, name) select nextval('working_group_seq'), ?,"
                        + " 'Groupe ' || g from generate_series(1, 200) g",
                network);
        jdbc.update(
                "with u as (select id, row_number() over (order by id) - 1 as n from territorial_union where network_id = ?),"
                        + " w as (select id, row_number() over (order by id) - 1 as n from working_group where network_id = ?),"
                        + " s as (select i, lpad(((i % 90) + 10)::text, 2, '0') as dep from generate_series(0, ? - 1) i)"
                        + " insert into structure (id, network_id, finess, name, type, departement, territorial_union_id,"
                        + " working_group_id, phase)"
                        + " select nextval('structure_seq'), ?, s.dep || lpad(s.i::text, 7, '0'), 'Service ' || s.i,"
                        + " (array['SSIAD', 'SAAD', 'SPASAD', 'SAP'])[s.i % 4 + 1], s.dep, u.id, w.id,"
                        + " case when s.i % 5 = 0 then 'PREPARATORY' else 'DEPLOYMENT' end"
                        + " from s join u on u.n = s.i % 20 join w on w.n = s.i % 200",
                network, network, STRUCTURES, network);
        // fresh statistics, or the planner takes the new tables for empty (as the benchmark generator does)
        jdbc.execute("analyze territorial_union, working_group, structure");
        long referential = referentials.installDefaultIfNone();
        long campaign = campaigns.open(
                new OpenCampaign(2025, referential, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), false));
        jdbc.execute("analyze diagnostic");
        jdbc.update(
                "update diagnostic d set status = 'SUBMITTED' from structure s where s.id = d.structure_id"
                        + " and d.campaign_id = ? and substr(s.finess, 3)::int % 3 <> 0",
                campaign);
        jdbc.update(
                "insert into diagnostic_rate (network_id, diagnostic_id, campaign_id, structure_id, basis, theme_code,"
                        + " met, partial, not_met, not_applicable, rate) select network_id, id, campaign_id, structure_id,"
                        + " 'DECLARED', '', 30, 5, 5, 9, 75.0 from diagnostic where campaign_id = ? and status = 'SUBMITTED'",
                campaign);
        jdbc.update(
                "insert into diagnostic_score (network_id, diagnostic_id, basis, theme_code, level, met, partial, not_met,"
                        + " not_applicable) select d.network_id, d.id, 'DECLARED', '4.1', l, 15, 0, l - 1, 0"
                        + " from diagnostic d cross join generate_series(1, 2) l where d.campaign_id = ? and d.status = 'SUBMITTED'",
                campaign);
        jdbc.update(
                "insert into answer (id, network_id, diagnostic_id, criterion_id, rating)"
                        + " select nextval('answer_seq'), d.network_id, d.id, cr.id, 'CONFORME' from diagnostic d"
                        + " join criterion cr on cr.referential_id = ? and cr.key_deliverable is not null"
                        + " where d.campaign_id = ? and d.status = 'SUBMITTED'",
                referential,
                campaign);
        jdbc.execute("analyze diagnostic, diagnostic_rate, diagnostic_score, answer");
        generateProviderData(network);
        String email = "admin@" + slug + ".fr";
        long id = people.createActivatedPerson(
                new PersonDetails(email, "Admin", "National", null, null), people.hashPassword(DemoAccounts.PASSWORD));
        people.addGrant(id, new GrantRequest(Role.NETWORK_ADMIN, null, null, null, null));
        return email;
    }

    // Every other provider fed for every structure, so that each one is read in bulk at this size:
    // a meeting per group with every structure's attendance, an action and a deliverable per
    // structure, impact figures, and the ANAP activity inputs (applicable to SSIAD and SPASAD only).
    private void generateProviderData(long network) {
        jdbc.update(
                "insert into meeting (id, network_id, working_group_id, held_on, starts_at, duration_minutes, place,"
                        + " expert_days, attendance_recorded) select nextval('meeting_seq'), network_id, id,"
                        + " date '2025-03-01', '14:00', 120, 'Salle', 0, true from working_group where network_id = ?",
                network);
        jdbc.update(
                "insert into attendance (id, network_id, meeting_id, structure_id, status)"
                        + " select nextval('attendance_seq'), s.network_id, m.id, s.id,"
                        + " case when s.id % 2 = 0 then 'PRESENT' else 'ABSENT' end"
                        + " from structure s join meeting m on m.network_id = s.network_id"
                        + " and m.working_group_id = s.working_group_id where s.network_id = ?",
                network);
        jdbc.update(
                "insert into action_item (id, network_id, structure_id, title, due_on, priority, status, done_on)"
                        + " select nextval('action_item_seq'), network_id, id, 'Action', date '2025-06-01', 'MEDIUM',"
                        + " 'DONE', date '2025-05-01' from structure where network_id = ?",
                network);
        jdbc.update(
                "insert into deliverable_requirement (id, network_id, title, filled_by, due_on, origin, created_at)"
                        + " values (nextval('deliverable_requirement_seq'), ?, 'Projet de service', 'REFERENT',"
                        + " date '2025-06-30', 'ADDED', now())",
                network);
        jdbc.update(
                "insert into deliverable (id, network_id, requirement_id, structure_id, status)"
                        + " select nextval('deliverable_seq'), s.network_id, r.id, s.id, 'EXPECTED'"
                        + " from structure s join deliverable_requirement r on r.network_id = s.network_id"
                        + " where s.network_id = ?",
                network);
        jdbc.update(
                "insert into impact_year (id, network_id, structure_id, year, clients_served, survey_mode,"
                        + " questionnaires_sent, questionnaires_returned, very_satisfied, satisfied)"
                        + " select nextval('impact_year_seq'), network_id, id, 2025, 100, 'TOTALS', 20, 10, 5, 3"
                        + " from structure where network_id = ?",
                network);
        jdbc.update(
                "insert into anap_value (network_id, structure_id, year, input_code, value)"
                        + " select network_id, id, 2025, c, case c when 'DAYS_DELIVERED' then 900 else 1000 end"
                        + " from structure cross join unnest(array['DAYS_DELIVERED', 'DAYS_FINANCED']) c"
                        + " where network_id = ?",
                network);
        jdbc.execute("analyze meeting, attendance, action_item, deliverable_requirement, deliverable, impact_year,"
                + " anap_value");
    }

    /** Counts the rows of the « Structures » sheet as the SAX parser passes them, keeping only small facts. */
    static final class RowCounter implements XSSFSheetXMLHandler.SheetContentsHandler {
        String header;
        int structures;
        int rates;
        int activityRates;
        int participations;
        final Set<String> finesses = new HashSet<>();
        private int row;
        private int rateColumn = -1;
        private int activityColumn = -1;
        private int participationColumn = -1;

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
            if (rowNum > 0) {
                structures++;
            }
        }

        @Override
        public void endRow(int rowNum) {}

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new org.apache.poi.ss.util.CellReference(reference).getCol();
            if (row == 0) {
                if (column == 0) {
                    header = value;
                }
                if ("Taux de conformité déclaré (moyen) (%)".equals(value)) {
                    rateColumn = column;
                }
                if ("Taux de réalisation de l'activité (%)".equals(value)) {
                    activityColumn = column;
                }
                if ("Taux de participation aux réunions collectives (%)".equals(value)) {
                    participationColumn = column;
                }
            } else if (column == 0) {
                finesses.add(value);
            } else if (column == rateColumn && value != null && value.matches("75[.,]0.?%")) {
                rates++;
            } else if (column == activityColumn && value != null && value.matches("90[.,]0.?%")) {
                activityRates++;
            } else if (column == participationColumn && value != null && value.endsWith("%")) {
                participations++;
            }
        }
    }
}
