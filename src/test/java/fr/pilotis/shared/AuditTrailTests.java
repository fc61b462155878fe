package fr.pilotis.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pilotis.organisation.Networks;
import fr.pilotis.organisation.OrganisationAdministration;
import fr.pilotis.support.PilotisTest;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@PilotisTest
class AuditTrailTests {

    @Autowired
    OrganisationAdministration organisation;

    @Autowired
    Networks networks;

    @Autowired
    JdbcTemplate jdbc;

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

    @Test
    void aRefusedChangeLeavesNeitherTheRowNorATrace() {
        long network = demoNetwork();
        Integer before = jdbc.queryForObject("select count(*) from audit_event", Integer.class);

        assertThatThrownBy(() -> Tenancy.runInNetwork(network, () -> organisation.createUnion("  ")))
                .isInstanceOf(InvalidInputException.class);

        assertThat(jdbc.queryForObject("select count(*) from audit_event", Integer.class))
                .isEqualTo(before);
    }
}
