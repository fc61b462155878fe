package fr.pilotis.demo;

import fr.pilotis.access.GrantRequest;
import fr.pilotis.access.PeopleAdministration;
import fr.pilotis.access.PersonDetails;
import fr.pilotis.access.Role;
import fr.pilotis.organisation.Networks;
import fr.pilotis.organisation.OrganisationAdministration;
import fr.pilotis.organisation.StructureDetails;
import fr.pilotis.referential.ReferentialVersions;
import fr.pilotis.shared.Actor;
import fr.pilotis.shared.Tenancy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads the demo networks once; later starts find them and leave them (and their changes) alone. */
@Component
@ConditionalOnProperty(name = "pilotis.demo.enabled", havingValue = "true")
class DemoNetworkLoader implements ApplicationRunner {

    static final String MAIN_SLUG = "reseau-demo";
    static final String OTHER_SLUG = "autre-reseau";
    static final String PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoNetworkLoader.class);

    private final Networks networks;
    private final OrganisationAdministration organisation;
    private final PeopleAdministration people;
    private final ReferentialVersions referentials;
    private final TransactionTemplate transactions;
    private final DemoDiagnostics diagnostics;
    private final DemoDeliverables deliverables;
    private final DemoPlanning planning;
    private final DemoActionPlans actionPlans;
    private final DemoImpact impact;
    private final DemoReports reports;

    DemoNetworkLoader(
            Networks networks,
            OrganisationAdministration organisation,
            PeopleAdministration people,
            ReferentialVersions referentials,
            TransactionTemplate transactions,
            DemoDiagnostics diagnostics,
            DemoDeliverables deliverables,
            DemoPlanning planning,
            DemoActionPlans actionPlans,
            DemoImpact impact,
            DemoReports reports) {
        this.networks = networks;
        this.organisation = organisation;
        this.people = people;
        this.referentials = referentials;
        this.transactions = transactions;
        this.diagnostics = diagnostics;
        this.deliverables = deliverables;
        this.planning = planning;
        this.actionPlans = actionPlans;
        this.impact = impact;
        this.reports = reports;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    synchronized void load() {
        if (Tenancy.callAcrossNetworks(() -> networks.findIdBySlug(MAIN_SLUG)).isPresent()) {
            return;
        }
        long started = System.nanoTime();
        String passwordHash = people.hashPassword(PASSWORD);
        long main = Tenancy.callAcrossNetworks(() -> networks.create(DemoData.MAIN_NETWORK_NAME, MAIN_SLUG));
        DemoDiagnostics.Loaded mainLoaded =
                Tenancy.callInNetwork(main, () -> transactions.execute(status -> fill(DemoData.main(), passwordHash)));
        long other = Tenancy.callAcrossNetworks(() -> networks.create(DemoData.OTHER_NETWORK_NAME, OTHER_SLUG));
        DemoDiagnostics.Loaded otherLoaded = Tenancy.callInNetwork(
                other, () -> transactions.execute(status -> fill(DemoData.other(), passwordHash)));
        long organised = System.nanoTime();
        Tenancy.runInNetwork(main, () -> diagnostics.loadMain(DemoData.main(), mainLoaded));
        Tenancy.runInNetwork(other, () -> diagnostics.loadOther(DemoData.other(), otherLoaded));
        deliverables.load(main, mainLoaded, other, otherLoaded);
        planning.load(main, other);
        List.of(main, other).forEach(network -> Tenancy.runInNetwork(network, actionPlans::load));
        Tenancy.runInNetwork(main, impact::load);
        Tenancy.runInNetwork(other, impact::load);
        List.of(main, other).forEach(network -> Tenancy.runInNetwork(network, reports::load));
        log.info(
                "Demo organisation loaded in {} ms, its diagnostics in {} ms",
                (organised - started) / 1_000_000,
                (System.nanoTime() - organised) / 1_000_000);
        log.info("Demo networks loaded: sign in as admin@reseau-demo.fr (password: demo), see README for the others");
    }

    private DemoDiagnostics.Loaded fill(DemoData.NetworkPlan plan, String passwordHash) {
        referentials.installDefaultIfNone();
        List<Long> unionIds = new ArrayList<>();
        for (DemoData.UnionPlan union : plan.unions()) {
            unionIds.add(organisation.createUnion(union.name()));
        }
        List<Long> groupIds = new ArrayList<>();
        for (String group : plan.groups()) {
            groupIds.add(organisation.createGroup(group));
        }
        List<Long> structureIds = new ArrayList<>();
        for (DemoData.StructurePlan s : plan.structures()) {
            structureIds.add(organisation.createStructure(new StructureDetails(
                    s.finess(),
                    s.name(),
                    s.type(),
                    s.departement(),
                    unionIds.get(s.unionIndex()),
                    groupIds.get(s.groupIndex()),
                    s.phase(),
                    s.address(),
                    s.phone())));
        }
        Map<String, Actor> actors = new HashMap<>();
        for (DemoData.PersonPlan person : plan.people()) {
            long userId = people.createActivatedPerson(
                    new PersonDetails(
                            person.email(), person.firstName(), person.lastName(), person.jobTitle(), person.phone()),
                    passwordHash);
            actors.put(person.email(), new Actor(userId, person.firstName() + " " + person.lastName()));
            for (DemoData.GrantPlan grant : person.grants()) {
                people.addGrant(
                        userId,
                        new GrantRequest(
                                grant.role(),
                                grant.role() == Role.PILOT ? unionIds.get(grant.index()) : null,
                                grant.role() == Role.EXPERT ? groupIds.get(grant.index()) : null,
                                grant.role() == Role.REFERENT || grant.role() == Role.DIRECTOR
                                        ? structureIds.get(grant.index())
                                        : null,
                                grant.departements()));
            }
        }
        return new DemoDiagnostics.Loaded(structureIds, actors);
    }
}
