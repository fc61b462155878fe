package fr.pilotis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pilotis.access.GrantRequest;
import fr.pilotis.access.PeopleAdministration;
import fr.pilotis.access.PeopleDirectory;
import fr.pilotis.access.PersonDetails;
import fr.pilotis.access.PersonView;
import fr.pilotis.access.Role;
import fr.pilotis.diagnostic.EvidenceFiles;
import fr.pilotis.diagnostic.SelfDiagnostics;
import fr.pilotis.organisation.OrganisationAdministration;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.ProgrammePhase;
import fr.pilotis.organisation.StructureDetails;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.organisation.StructureType;
import fr.pilotis.organisation.TerritorialUnionSummary;
import fr.pilotis.organisation.WorkingGroupSummary;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.NotFoundException;
import fr.pilotis.shared.Tenancy;
import fr.pilotis.shared.TenantEntity;
import fr.pilotis.support.DatabaseFingerprint;
import fr.pilotis.support.DemoNetworks;
import fr.pilotis.support.PilotisTest;
import fr.pilotis.support.Targets;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tenant discriminator below the services: whatever a service or repository is asked under
 * one network, rows of another network are neither found, listed nor written; with no network
 * (nobody signed in, no explicit scope) every tenant query answers nothing.
 */
@PilotisTest
class TenancyTests {

    private static final PageRequest EVERYTHING = PageRequest.of(0, 10_000);

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    OrganisationAdministration organisation;

    @Autowired
    PeopleAdministration people;

    @Autowired
    PeopleDirectory contacts;

    @Autowired
    SelfDiagnostics diagnostics;

    @Autowired
    EvidenceFiles evidence;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @PersistenceContext
    EntityManager entityManager;

    long main;
    long other;
    Targets theirs;
    Targets ours;

    @BeforeEach
    void networks() {
        SecurityContextHolder.clearContext();
        main = DemoNetworks.mainId(jdbc);
        other = DemoNetworks.otherId(jdbc);
        theirs = Targets.ofOtherNetwork(jdbc);
        ours = Targets.ofMainNetwork(jdbc);
    }

    @Test
    void rowsOfAnotherNetworkAreNotFoundById() {
        Tenancy.runInNetwork(main, () -> {
            assertThat(directory.findStructure(theirs.structure().id())).isEmpty();
            assertThat(directory.findUnion(theirs.union().id())).isEmpty();
            assertThat(directory.findGroup(theirs.group().id())).isEmpty();
            assertThat(directory.unionIdsOfGroup(theirs.group().id())).isEmpty();
            assertThatThrownBy(() -> people.person(theirs.person().id())).isInstanceOf(NotFoundException.class);
            assertThat(contacts.contactsOfStructure(theirs.structure().id())).isEmpty();
            assertThat(contacts.expertsOf(Set.of(theirs.group().id()))).isEmpty();
            assertThat(contacts.pilotsOf(theirs.union().id())).isEmpty();
            assertThat(contacts.namesOf(Set.of(theirs.person().id()))).isEmpty();
            assertThat(directory.groupIdsOf(Set.of(theirs.structure().id()))).isEmpty();
        });
        // the same calls in their own network do find them: the test above is not vacuous
        Tenancy.runInNetwork(other, () -> {
            assertThat(directory.findStructure(theirs.structure().id())).isPresent();
            assertThat(directory.findUnion(theirs.union().id())).isPresent();
            assertThat(directory.findGroup(theirs.group().id())).isPresent();
            assertThat(people.person(theirs.person().id()).email())
                    .isEqualTo(theirs.person().telltales().get(0));
            assertThat(contacts.pilotsOf(theirs.union().id())).isNotEmpty();
            assertThat(contacts.namesOf(Set.of(theirs.person().id())))
                    .containsOnlyKeys(theirs.person().id());
            Long theirGroup = jdbc.queryForObject(
                    "select working_group_id from structure where id = ?",
                    Long.class,
                    theirs.structure().id());
            assertThat(theirGroup)
                    .as("their structure is in a group: the check below is not vacuous")
                    .isNotNull();
            assertThat(directory.groupIdsOf(Set.of(theirs.structure().id()))).containsExactly(theirGroup);
        });
    }

    /** The diagnostic page's plain SQL reads (diagnostic, answers, evidence) keep to the network too. */
    @Test
    void aDiagnosticOfAnotherNetworkIsNotRead() {
        // one with evidence files if their network has any
        long theirDiagnostic = jdbc.queryForObject(
                "select d.id from diagnostic d where d.network_id = ?"
                        + " and exists (select 1 from answer a where a.diagnostic_id = d.id)"
                        + " order by exists (select 1 from evidence e join answer a on a.id = e.answer_id"
                        + " where a.diagnostic_id = d.id) desc, d.id limit 1",
                Long.class,
                other);
        int files = jdbc.queryForObject(
                "select count(*) from evidence e join answer a on a.id = e.answer_id where a.diagnostic_id = ?",
                Integer.class,
                theirDiagnostic);
        Tenancy.runInNetwork(main, () -> {
            assertThatThrownBy(() -> diagnostics.summary(theirDiagnostic)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> diagnostics.view(theirDiagnostic)).isInstanceOf(NotFoundException.class);
            assertThat(evidence.ofDiagnostic(theirDiagnostic)).isEmpty();
        });
        Tenancy.runInNetwork(other, () -> {
            assertThat(diagnostics.summary(theirDiagnostic).id()).isEqualTo(theirDiagnostic);
            assertThat(diagnostics.view(theirDiagnostic).answers()).isNotEmpty();
            assertThat(evidence.ofDiagnostic(theirDiagnostic)).hasSize(files);
        });
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> diagnostics.view(theirDiagnostic)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theEntityManagerDoesNotLoadAnotherNetworksRowById() throws Exception {
        Class<?> unionType = Class.forName("fr.pilotis.organisation.TerritorialUnion");
        Class<?> userType = Class.forName("fr.pilotis.access.AppUser");
        Tenancy.runInNetwork(
                main,
                () -> transactions.executeWithoutResult(status -> {
                    assertThat(entityManager.find(unionType, theirs.union().id()))
                            .isNull();
                    assertThat(entityManager.find(userType, theirs.person().id()))
                            .isNull();
                }));
        Tenancy.runInNetwork(
                other,
                () -> transactions.executeWithoutResult(status -> {
                    assertThat(entityManager.find(unionType, theirs.union().id()))
                            .isNotNull();
                }));
    }

    @Test
    void listsOfOneNetworkHoldNoRowOfAnother() {
        Set<Long> theirUnions = ids("territorial_union", other);
        Set<Long> theirGroups = ids("working_group", other);
        Set<Long> theirStructures = ids("structure", other);
        Set<Long> theirPeople = ids("app_user", other);
        Set<Long> ourStructures = ids("structure", main);

        Tenancy.runInNetwork(main, () -> {
            List<Long> unions =
                    directory.unions().stream().map(TerritorialUnionSummary::id).toList();
            List<Long> groups =
                    directory.groups().stream().map(WorkingGroupSummary::id).toList();
            List<Long> structures = directory.structures(StructureScope.wholeNetwork()).stream()
                    .map(StructureSummary::id)
                    .toList();
            List<Long> found = directory.searchStructures(StructureScope.wholeNetwork(), "", EVERYTHING).stream()
                    .map(StructureSummary::id)
                    .toList();
            List<Long> persons = people.people().stream().map(PersonView::id).toList();

            assertThat(unions).isNotEmpty().doesNotContainAnyElementsOf(theirUnions);
            assertThat(groups).isNotEmpty().doesNotContainAnyElementsOf(theirGroups);
            assertThat(structures).isNotEmpty().doesNotContainAnyElementsOf(theirStructures);
            assertThat(structures).containsExactlyInAnyOrderElementsOf(ourStructures);
            assertThat(found).containsExactlyInAnyOrderElementsOf(ourStructures);
            assertThat(persons).isNotEmpty().doesNotContainAnyElementsOf(theirPeople);
            // asked by their ids or by their names, they are still not there
            assertThat(directory.groups(theirGroups)).isEmpty();
            assertThat(directory.groupsTouchingUnions(theirUnions)).isEmpty();
            assertThat(directory.searchStructures(
                            StructureScope.wholeNetwork(),
                            theirs.structure().telltales().get(0),
                            EVERYTHING))
                    .isEmpty();
            assertThat(directory.structures(
                            new StructureScope(false, theirUnions, theirGroups, theirStructures, Set.of("59", "62"))))
                    .isEmpty();
        });
    }

    @Test
    void withNoNetworkEveryTenantQueryAnswersNothing() {
        SecurityContextHolder.clearContext();
        assertThat(Tenancy.currentNetworkId()).isEqualTo(Tenancy.NO_NETWORK);

        assertThat(directory.unions()).isEmpty();
        assertThat(directory.groups()).isEmpty();
        assertThat(directory.structures(StructureScope.wholeNetwork())).isEmpty();
        assertThat(directory.searchStructures(StructureScope.wholeNetwork(), "", EVERYTHING))
                .isEmpty();
        assertThat(directory.groups(ids("working_group", main))).isEmpty();
        assertThat(directory.findStructure(ours.structure().id())).isEmpty();
        assertThat(directory.findUnion(ours.union().id())).isEmpty();
        assertThat(directory.findGroup(ours.group().id())).isEmpty();
        assertThat(people.people()).isEmpty();
        assertThatThrownBy(() -> people.person(ours.person().id())).isInstanceOf(NotFoundException.class);
        assertThat(contacts.pilotsOf(ours.union().id())).isEmpty();
        assertThat(contacts.contactsOfStructure(ours.structure().id())).isEmpty();
        assertThat(contacts.namesOf(Set.of(ours.person().id()))).isEmpty();
    }

    @Test
    void oneNetworkCannotChangeAnotherNetworksRows() {
        Map<String, String> before = DatabaseFingerprint.of(jdbc);
        StructureDetails details = new StructureDetails(
                theirs.structure().telltales().get(1),
                "Structure piratée",
                StructureType.SSIAD,
                "59",
                ours.union().id(),
                null,
                ProgrammePhase.DEPLOYMENT,
                null,
                null);
        PersonDetails person = new PersonDetails("pirate@reseau-demo.fr", "Pirate", "Pirate", null, null);

        Tenancy.runInNetwork(main, () -> {
            assertThatThrownBy(() -> organisation.renameUnion(theirs.union().id(), "UT piratée"))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> organisation.renameGroup(theirs.group().id(), "Groupe piraté"))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() ->
                            organisation.updateStructure(theirs.structure().id(), details))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() ->
                            organisation.moveStructureToGroup(theirs.structure().id(), null))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> people.updatePerson(theirs.person().id(), person))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> people.setEnabled(theirs.person().id(), false))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(
                            () -> people.reissueActivationLink(theirs.person().id()))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> people.addGrant(
                            theirs.person().id(), new GrantRequest(Role.NETWORK_ADMIN, null, null, null, null)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> people.removeGrant(
                            theirs.person().id(), theirs.grant().id()))
                    .isInstanceOf(NotFoundException.class);
        });
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
    }

    @Test
    void oneNetworkCannotPointItsRowsIntoAnotherNetwork() {
        Map<String, String> before = DatabaseFingerprint.of(jdbc);
        int n = ThreadLocalRandom.current().nextInt(1_000_000);
        StructureDetails inTheirUnion = new StructureDetails(
                "13" + String.format("%07d", n),
                "SSIAD mal rattaché " + n,
                StructureType.SSIAD,
                "13",
                theirs.union().id(),
                theirs.group().id(),
                ProgrammePhase.DEPLOYMENT,
                null,
                null);

        Tenancy.runInNetwork(main, () -> {
            assertThatThrownBy(() -> organisation.createStructure(inTheirUnion))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            refused -> assertThat(refused.problems())
                                    .extracting(InvalidInputException.Problem::field)
                                    .contains("territorialUnionId", "workingGroupId"));
            assertThatThrownBy(() -> organisation.moveStructureToGroup(
                            ours.structure().id(), theirs.group().id()))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> people.addGrant(
                            ours.person().id(),
                            new GrantRequest(Role.PILOT, theirs.union().id(), null, null, null)))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> people.addGrant(
                            ours.person().id(),
                            new GrantRequest(
                                    Role.REFERENT,
                                    null,
                                    null,
                                    theirs.structure().id(),
                                    null)))
                    .isInstanceOf(InvalidInputException.class);
        });
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
    }

    @Test
    void hibernateRefusesToInsertARowOfAnotherNetwork() throws Exception {
        String name =
                "UT écrite à travers les réseaux " + ThreadLocalRandom.current().nextInt(1_000_000);
        Class<?> unionType = Class.forName("fr.pilotis.organisation.TerritorialUnion");
        Constructor<?> constructor = unionType.getDeclaredConstructor(String.class);
        constructor.setAccessible(true);
        Object union = constructor.newInstance(name);
        Field networkId = TenantEntity.class.getDeclaredField("networkId");
        networkId.setAccessible(true);
        networkId.set(union, other);

        assertThatThrownBy(() -> Tenancy.runInNetwork(
                        main,
                        () -> transactions.executeWithoutResult(status -> {
                            entityManager.persist(union);
                            entityManager.flush();
                        })))
                .hasStackTraceContaining("assigned tenant id differs from current tenant id");
        assertThat(jdbc.queryForObject("select count(*) from territorial_union where name = ?", Integer.class, name))
                .isZero();
    }

    private Set<Long> ids(String table, long network) {
        return Set.copyOf(jdbc.queryForList("select id from " + table + " where network_id = ?", Long.class, network));
    }
}
