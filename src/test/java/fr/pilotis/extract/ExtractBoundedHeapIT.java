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
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
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

        MvcResult started = mvc.perform(
                        get("/extracts/indicators.xlsx?year=2025").cookie(SignIn.as(mvc, admin)))
                .andExpect(request().asyncStarted())
                .andReturn();
        byte[] file = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        RowCounter rows = new RowCounter();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
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
        String email = "admin@" + slug + ".fr";
        long id = people.createActivatedPerson(
                new PersonDetails(email, "Admin", "National", null, null), people.hashPassword(DemoAccounts.PASSWORD));
        people.addGrant(id, new GrantRequest(Role.NETWORK_ADMIN, null, null, null, null));
        return email;
    }

    /** Counts the rows of the « Structures » sheet as the SAX parser passes them, keeping only small facts. */
    static final class RowCounter implements XSSFSheetXMLHandler.SheetContentsHandler {
        String header;
        int structures;
        int rates;
        final Set<String> finesses = new HashSet<>();
        private int row;
        private int rateColumn = -1;

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
            } else if (column == 0) {
                finesses.add(value);
            } else if (column == rateColumn && value != null && value.matches("75[.,]0.?%")) {
                rates++;
            }
        }
    }
}
