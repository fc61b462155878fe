package fr.pilotis.deliverable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.pilotis.access.Role;
import fr.pilotis.deliverable.DeliverableWorld.World;
import fr.pilotis.organisation.OrganisationAdministration;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.ProgrammePhase;
import fr.pilotis.organisation.StructureDetails;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.organisation.StructureType;
import fr.pilotis.shared.Actor;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.SignIn;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A structure that joins the programme late, or moves into another group or UT, is asked for what
 * its network, UT and group already ask of everyone: never twice, never what another UT or group
 * asks, nothing of another network. What it owed before a move stays.
 */
@PilotisTest
class JoiningStructuresTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Deliverables deliverables;

    @Autowired
    DeliverableFigures figures;

    @Autowired
    Toolbox toolbox;

    @Autowired
    OrganisationAdministration organisation;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    TransactionTemplate transactions;

    World world;
    long union2;
    long structureD;
    Requirements asked;

    /** The requirements of the world: one for the network, each UT and each group. */
    record Requirements(long network, long union1, long union2, long group1, long group2) {}

    @BeforeEach
    void aWorldWithRequirementsOfEveryScope() {
        world = DeliverableWorld.create(context);
        world.in(() -> {
            union2 = organisation.createUnion("UT Ouest " + world.network());
            structureD = organisation.createStructure(structure("130000004", "SAP Delta", union2, null));
            deliverables.adoptKeyDeliverables(toolbox.currentCriteria(), LocalDate.of(2030, 3, 31), all(), null);
            asked = new Requirements(
                    ask("Charte réseau", RequirementScope.wholeNetwork()),
                    ask("Planning UT Est", RequirementScope.union(world.unionId())),
                    ask("Planning UT Ouest", RequirementScope.union(union2)),
                    ask("Procédure groupe 1", RequirementScope.group(world.group1())),
                    ask("Procédure groupe 2", RequirementScope.group(world.group2())));
            return null;
        });
    }

    List<StructureSummary> all() {
        return directory.structures(StructureScope.wholeNetwork());
    }

    long ask(String title, RequirementScope scope) {
        List<StructureSummary> covered =
                all().stream().filter(s -> Deliverables.appliesTo(scope, s)).toList();
        return deliverables.addRequirement(
                new RequirementInput(title, null, null, scope, Role.REFERENT, LocalDate.of(2030, 6, 30)),
                covered,
                new Actor(0, "Test"));
    }

    static StructureDetails structure(String finess, String name, long union, Long group) {
        return new StructureDetails(
                finess, name, StructureType.SAAD, "13", union, group, ProgrammePhase.PREPARATORY, null, null);
    }

    /** The requirements a structure owes a deliverable for, each as many times as it is owed. */
    List<Long> owed(long structureId) {
        return jdbc.queryForList(
                "select requirement_id from deliverable where structure_id = ? order by requirement_id",
                Long.class,
                structureId);
    }

    List<Long> added(long structureId) {
        return jdbc.queryForList(
                "select d.requirement_id from deliverable d join deliverable_requirement r on r.id = d.requirement_id"
                        + " where d.structure_id = ? and r.origin = 'ADDED' order by d.requirement_id",
                Long.class,
                structureId);
    }

    long keyDeliverables(long structureId) {
        return jdbc.queryForObject(
                "select count(*) from deliverable d join deliverable_requirement r on r.id = d.requirement_id"
                        + " where d.structure_id = ? and r.origin = 'REFERENTIAL'",
                Long.class,
                structureId);
    }

    @Test
    void aStructureCreatedLaterOwesWhatItsNetworkAndUtAskNotWhatOthersAsk() throws Exception {
        long late = world.in(
                () -> organisation.createStructure(structure("130000005", "SAAD Epsilon", world.unionId(), null)));

        // the network's and its UT's, the référentiel's key deliverables; not UT Ouest's, no group's
        assertThat(added(late)).containsExactly(asked.network(), asked.union1());
        assertThat(keyDeliverables(late)).isEqualTo(11);
        assertThat(owed(late)).doesNotHaveDuplicates().hasSize(13);

        // each is audited as any other write, in the structure's network
        long networkWide = jdbc.queryForObject(
                "select id from deliverable where structure_id = ? and requirement_id = ?",
                Long.class,
                late,
                asked.network());
        List<Map<String, Object>> audit = jdbc.queryForList(
                "select network_id, changes::text as changes from audit_event"
                        + " where entity_type = 'Deliverable' and entity_id = ? and action = 'CREATE'",
                networkWide);
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).get("network_id")).isEqualTo(world.network());
        assertThat((String) audit.get(0).get("changes")).contains("\"structureId\": " + late, "EXPECTED");

        // the figures and the pilot's matrix count it like the others
        DeliverableFigures.Figures counted = world.in(() -> figures.ofStructures(List.of(late)));
        assertThat(counted.total()).isEqualTo(13);
        assertThat(counted.count(DeliverableStatus.EXPECTED)).isEqualTo(13);
        String matrix = new String(
                mvc.perform(get("/uts/" + world.unionId() + "/deliverables").cookie(SignIn.as(mvc, world.pilot())))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(matrix)
                .contains("SAAD Epsilon", "Charte réseau", "Planning UT Est")
                .doesNotContain("Planning UT Ouest");
    }

    @Test
    void aStructureCreatedInAGroupOwesThatGroupsRequirementsToo() {
        long late = world.in(() ->
                organisation.createStructure(structure("130000005", "SAAD Epsilon", world.unionId(), world.group1())));

        assertThat(added(late)).containsExactly(asked.network(), asked.union1(), asked.group1());
    }

    @Test
    void movingIntoAGroupAddsItsRequirementsOnceAndKeepsTheOldGroupsWork() throws Exception {
        // C has started its group 2 procedure
        long procedure = jdbc.queryForObject(
                "select id from deliverable where structure_id = ? and requirement_id = ?",
                Long.class,
                world.structureC(),
                asked.group2());
        jdbc.update("update deliverable set status = 'SUBMITTED', submitted_at = now() where id = ?", procedure);
        assertThat(added(world.structureC())).containsExactly(asked.network(), asked.union1(), asked.group2());

        // the admin moves C into group 1, through the group's page
        mvc.perform(post("/admin/groups/" + world.group1() + "/structures")
                        .param("structureId", String.valueOf(world.structureC()))
                        .cookie(SignIn.as(mvc, world.admin()))
                        .with(csrf()))
                .andReturn();
        assertThat(world.in(() -> directory.findStructure(world.structureC()))
                        .orElseThrow()
                        .workingGroupId())
                .isEqualTo(world.group1());
        assertThat(added(world.structureC()))
                .containsExactly(asked.network(), asked.union1(), asked.group1(), asked.group2());
        assertThat(keyDeliverables(world.structureC())).isEqualTo(11);
        assertThat(jdbc.queryForObject("select status from deliverable where id = ?", String.class, procedure))
                .isEqualTo("SUBMITTED");

        // back into group 2, then out of any group: nothing twice, nothing lost
        world.in(() -> {
            organisation.moveStructureToGroup(world.structureC(), world.group2());
            organisation.moveStructureToGroup(world.structureC(), null);
            return null;
        });
        assertThat(owed(world.structureC())).doesNotHaveDuplicates().hasSize(15);
        // A and B, already in group 1, are not touched
        assertThat(owed(world.structureA())).hasSize(14);
        assertThat(owed(world.structureB())).hasSize(14);
    }

    @Test
    void movingToAnotherUtAddsThatUtsRequirements() {
        world.in(() -> {
            StructureSummary c = directory.findStructure(world.structureC()).orElseThrow();
            organisation.updateStructure(
                    c.id(),
                    new StructureDetails(
                            c.finess(), c.name(), c.type(), c.departement(), union2, null, c.phase(), null, null));
            return null;
        });

        assertThat(added(world.structureC()))
                .containsExactly(asked.network(), asked.union1(), asked.union2(), asked.group2());
        assertThat(owed(world.structureC())).doesNotHaveDuplicates().hasSize(15);
        // D, already in UT Ouest, keeps what it had
        assertThat(added(structureD)).containsExactly(asked.network(), asked.union2());

        // a change that moves nothing (a new name) adds nothing
        world.in(() -> {
            StructureSummary c = directory.findStructure(world.structureC()).orElseThrow();
            organisation.updateStructure(
                    c.id(),
                    new StructureDetails(
                            c.finess(),
                            "SPASAD Gamma II",
                            c.type(),
                            c.departement(),
                            union2,
                            null,
                            c.phase(),
                            null,
                            null));
            return null;
        });
        assertThat(owed(world.structureC())).hasSize(15);
    }

    @Test
    void theDeliverablesAreAddedInTheStructuresTransaction() {
        long before = jdbc.queryForObject(
                "select count(*) from deliverable where network_id = ?", Long.class, world.network());
        world.in(() -> transactions.execute(status -> {
            long late = organisation.createStructure(structure("130000005", "SAAD Epsilon", world.unionId(), null));
            assertThat(owed(late)).hasSize(13);
            status.setRollbackOnly();
            return late;
        }));

        assertThat(jdbc.queryForObject(
                        "select count(*) from deliverable where network_id = ?", Long.class, world.network()))
                .isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select count(*) from structure where network_id = ? and finess = '130000005'",
                        Long.class,
                        world.network()))
                .isZero();
    }

    @Test
    void nothingOfAnotherNetworkIsTouched() {
        World other = DeliverableWorld.create(context);
        long otherRequirement = other.in(() -> deliverables.addRequirement(
                new RequirementInput(
                        "Charte de l'autre réseau", null, null, RequirementScope.wholeNetwork(), Role.REFERENT, null),
                directory.structures(StructureScope.wholeNetwork()),
                new Actor(0, "Test")));
        String otherRows = "select count(*) from deliverable where network_id = ?";
        long otherBefore = jdbc.queryForObject(otherRows, Long.class, other.network());

        long late = world.in(() ->
                organisation.createStructure(structure("130000005", "SAAD Epsilon", world.unionId(), world.group1())));
        world.in(() -> {
            organisation.moveStructureToGroup(world.structureC(), world.group1());
            return null;
        });

        assertThat(jdbc.queryForObject(otherRows, Long.class, other.network())).isEqualTo(otherBefore);
        assertThat(owed(late)).doesNotContain(otherRequirement);
        assertThat(jdbc.queryForObject(
                        "select count(*) from deliverable d join deliverable_requirement r on r.id = d.requirement_id"
                                + " where d.structure_id in (?, ?) and r.network_id <> ?",
                        Long.class,
                        late,
                        world.structureC(),
                        world.network()))
                .isZero();
        // and the other network's structures owe nothing of this one
        assertThat(jdbc.queryForObject(
                        "select count(*) from deliverable where network_id = ? and requirement_id in (?, ?)",
                        Long.class,
                        other.network(),
                        asked.network(),
                        asked.group1()))
                .isZero();
    }
}
