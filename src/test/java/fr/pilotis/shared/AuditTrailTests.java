package fr.pilotis.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pilotis.organisation.Networks;
import fr.pilotis.organisation.OrganisationAdministration;
import fr.pilotis.support.PilotisTest;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@PilotisTest
class AuditTrailTests {

    @Autowired
    OrganisationAdministration organisation;

    @Autowired
    Networks networks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EntityManager entities;

    long demoNetwork() {
        return Tenancy.callAcrossNetworks(() -> networks.findIdBySlug("reseau-demo"))
                .orElseThrow();
    }

    @Test
    void everyEntityChangeLeavesATraceWithTheOldAndNewValues() {
        String name = "UT Audit " + ThreadLocalRandom.current().nextInt(1_000_000);
        long network = demoNetwork();

        long unionId = Tenancy.callInNetwork(network, () -> organisation.createUnion(name));
        Tenancy.runInNetwork(network, () -> organisation.renameUnion(unionId, name + " bis"));

        Map<String, Object> created = jdbc.queryForMap(
                "select network_id, changes::text as changes from audit_event"
                        + " where entity_type = 'TerritorialUnion' and entity_id = ? and action = 'CREATE'",
                unionId);
        assertThat(created.get("network_id")).isEqualTo(network);
        assertThat((String) created.get("changes")).contains(name);
        String renamed = jdbc.queryForObject(
                "select changes::text from audit_event"
                        + " where entity_type = 'TerritorialUnion' and entity_id = ? and action = 'UPDATE'",
                String.class,
                unionId);
        assertThat(renamed).contains("\"old\": \"" + name + "\"").contains("\"new\": \"" + name + " bis\"");
    }

    /**
     * A change refused after its write — the row inserted and flushed, its audit row written in the
     * same transaction — leaves neither: the audit trail shares the transaction of the change.
     */
    @Test
    void aRefusedChangeLeavesNeitherTheRowNorATrace() {
        long network = demoNetwork();
        String name = "UT Refusée " + ThreadLocalRandom.current().nextInt(1_000_000);
        long[] written = new long[1];

        assertThatThrownBy(() -> Tenancy.runInNetwork(
                        network,
                        () -> transactions.executeWithoutResult(status -> {
                            written[0] = organisation.createUnion(name);
                            entities.flush();
                            assertThat(unionRows(name)).isEqualTo(1);
                            assertThat(traces(written[0])).isEqualTo(1);
                            throw new IllegalStateException("refused after the write");
                        })))
                .hasMessage("refused after the write");

        assertThat(written[0]).isPositive();
        assertThat(unionRows(name)).isZero();
        assertThat(traces(written[0])).isZero();
    }

    @Test
    void aChangeRefusedBeforeItsWriteLeavesNoTrace() {
        long network = demoNetwork();
        Integer before = jdbc.queryForObject("select count(*) from audit_event", Integer.class);

        assertThatThrownBy(() -> Tenancy.runInNetwork(network, () -> organisation.createUnion("  ")))
                .isInstanceOf(InvalidInputException.class);

        assertThat(jdbc.queryForObject("select count(*) from audit_event", Integer.class))
                .isEqualTo(before);
    }

    int unionRows(String name) {
        return jdbc.queryForObject("select count(*) from territorial_union where name = ?", Integer.class, name);
    }

    int traces(long unionId) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where entity_type = 'TerritorialUnion' and entity_id = ?",
                Integer.class,
                unionId);
    }
}
