package fr.pilotis.actionplan;

import fr.pilotis.access.GrantRequest;
import fr.pilotis.access.PeopleAdministration;
import fr.pilotis.access.PersonDetails;
import fr.pilotis.access.Role;
import fr.pilotis.diagnostic.AnswerInput;
import fr.pilotis.diagnostic.Campaigns;
import fr.pilotis.diagnostic.OpenCampaign;
import fr.pilotis.diagnostic.Rating;
import fr.pilotis.diagnostic.SelfDiagnostics;
import fr.pilotis.organisation.Networks;
import fr.pilotis.organisation.OrganisationAdministration;
import fr.pilotis.organisation.ProgrammePhase;
import fr.pilotis.organisation.StructureDetails;
import fr.pilotis.organisation.StructureType;
import fr.pilotis.referential.CriterionView;
import fr.pilotis.referential.ReferentialVersions;
import fr.pilotis.shared.Actor;
import fr.pilotis.shared.Tenancy;
import fr.pilotis.support.DemoAccounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;

/**
 * A network of its own for a test: one UT, two working groups, structures A and B in group 1 and C
 * in group 2, the default référentiel, a campaign open today, and one person per role (demo
 * password, so that tests can sign in through the real form).
 */
final class ActionPlanWorld {

    private final Networks networks;
    private final OrganisationAdministration organisation;
    private final ReferentialVersions referentials;
    private final PeopleAdministration people;
    private final Campaigns campaigns;
    private final SelfDiagnostics diagnostics;

    ActionPlanWorld(ApplicationContext context) {
        this.networks = context.getBean(Networks.class);
        this.organisation = context.getBean(OrganisationAdministration.class);
        this.referentials = context.getBean(ReferentialVersions.class);
        this.people = context.getBean(PeopleAdministration.class);
        this.campaigns = context.getBean(Campaigns.class);
        this.diagnostics = context.getBean(SelfDiagnostics.class);
    }

    record World(
            long network,
            long unionId,
            long group1,
            long group2,
            long structureA,
            long structureB,
            long structureC,
            long campaignId,
            long diagnosticA,
            String admin,
            String pilot,
            String expert1,
            long expert1Id,
            String referentA,
            long referentAId,
            Actor referentActor,
            String directorA,
            String referentC,
            long referentCId,
            String funder) {

        <T> T in(Supplier<T> work) {
            return Tenancy.callInNetwork(network, work);
        }

        void run(Runnable work) {
            Tenancy.runInNetwork(network, work);
        }
    }

    World create() {
        String slug = "plan-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
        long network = Tenancy.callAcrossNetworks(() -> networks.create("Réseau " + slug, slug));
        return Tenancy.callInNetwork(network, () -> {
            long union = organisation.createUnion("UT " + slug);
            long group1 = organisation.createGroup("Groupe 1 " + slug);
            long group2 = organisation.createGroup("Groupe 2 " + slug);
            long a = organisation.createStructure(structure("130000001", "SSIAD Alpha", union, group1));
            long b = organisation.createStructure(structure("130000002", "SAAD Bêta", union, group1));
            long c = organisation.createStructure(structure("130000003", "SPASAD Gamma", union, group2));
            long referential = referentials.installDefaultIfNone();
            String hash = people.hashPassword(DemoAccounts.PASSWORD);
            String admin = email(slug, "admin");
            person(admin, hash, new GrantRequest(Role.NETWORK_ADMIN, null, null, null, null));
            String pilot = email(slug, "pilote");
            person(pilot, hash, new GrantRequest(Role.PILOT, union, null, null, null));
            String expert1 = email(slug, "expert1");
            long expert1Id = person(expert1, hash, new GrantRequest(Role.EXPERT, null, group1, null, null));
            String referentA = email(slug, "referent-a");
            long referentAId = person(referentA, hash, new GrantRequest(Role.REFERENT, null, null, a, null));
            String directorA = email(slug, "directeur-a");
            person(directorA, hash, new GrantRequest(Role.DIRECTOR, null, null, a, null));
            String referentC = email(slug, "referent-c");
            long referentCId = person(referentC, hash, new GrantRequest(Role.REFERENT, null, null, c, null));
            String funder = email(slug, "ars");
            person(funder, hash, new GrantRequest(Role.FUNDER, null, null, null, Set.of("13")));
            long campaign = campaigns.open(new OpenCampaign(
                    LocalDate.now().getYear(),
                    referential,
                    LocalDate.now().minusDays(10),
                    LocalDate.now().plusDays(30),
                    false));
            return new World(
                    network,
                    union,
                    group1,
                    group2,
                    a,
                    b,
                    c,
                    campaign,
                    campaigns.diagnosticFor(campaign, a),
                    admin,
                    pilot,
                    expert1,
                    expert1Id,
                    referentA,
                    referentAId,
                    new Actor(referentAId, "Referent-a Test"),
                    directorA,
                    referentC,
                    referentCId,
                    funder);
        });
    }

    List<CriterionView> criteria(World world) {
        return world.in(() -> diagnostics.view(world.diagnosticA()))
                .referential()
                .criteria();
    }

    /**
     * Structure A answers every criterion: the ones given are non conforme, the others conforme;
     * then it submits its diagnostic.
     */
    void submitAWithNotMet(World world, List<CriterionView> notMet) {
        for (CriterionView c : criteria(world)) {
            Rating rating = notMet.contains(c) ? Rating.NON_CONFORME : Rating.CONFORME;
            world.in(() -> diagnostics.saveAnswer(
                    world.diagnosticA(), c.id(), new AnswerInput(rating, null, null, null), world.referentActor()));
        }
        world.run(() -> diagnostics.submit(world.diagnosticA(), world.referentActor()));
    }

    private static String email(String slug, String who) {
        return who + "@" + slug + ".fr";
    }

    private long person(String email, String hash, GrantRequest grant) {
        String who = email.substring(0, email.indexOf('@'));
        long id = people.createActivatedPerson(
                new PersonDetails(email, who.substring(0, 1).toUpperCase() + who.substring(1), "Test", null, null),
                hash);
        people.addGrant(id, grant);
        return id;
    }

    private static StructureDetails structure(String finess, String name, long union, long group) {
        return new StructureDetails(
                finess, name, StructureType.SSIAD, "13", union, group, ProgrammePhase.DEPLOYMENT, null, null);
    }
}
