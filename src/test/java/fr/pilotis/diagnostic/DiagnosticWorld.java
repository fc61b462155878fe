package fr.pilotis.diagnostic;

import fr.pilotis.access.GrantRequest;
import fr.pilotis.access.PeopleAdministration;
import fr.pilotis.access.PersonDetails;
import fr.pilotis.access.Role;
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
 * in group 2, the default référentiel, an open campaign, and one person per role (all with the
 * demo password, so that tests sign in through the real form).
 */
final class DiagnosticWorld {

    private final Networks networks;
    private final OrganisationAdministration organisation;
    private final ReferentialVersions referentials;
    private final PeopleAdministration people;
    private final Campaigns campaigns;
    private final SelfDiagnostics diagnostics;

    DiagnosticWorld(ApplicationContext context) {
        this.networks = context.getBean(Networks.class);
        this.organisation = context.getBean(OrganisationAdministration.class);
        this.referentials = context.getBean(ReferentialVersions.class);
        this.people = context.getBean(PeopleAdministration.class);
        this.campaigns = context.getBean(Campaigns.class);
        this.diagnostics = context.getBean(SelfDiagnostics.class);
    }

    /** Who is who in one world. */
    record World(
            long network,
            String slug,
            long unionId,
            long group1,
            long group2,
            long structureA,
            long structureB,
            long structureC,
            long campaignId,
            long diagnosticA,
            long diagnosticC,
            String admin,
            String pilot,
            String expert1,
            String expert2,
            String referentA,
            Actor referentActor,
            String directorA,
            String referentB,
            String funder) {

        <T> T in(Supplier<T> work) {
            return Tenancy.callInNetwork(network, work);
        }
    }

    World create(boolean directorSignOff) {
        String slug = "dweb-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
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
            String admin = person(slug, "admin", hash, new GrantRequest(Role.NETWORK_ADMIN, null, null, null, null));
            String pilot = person(slug, "pilote", hash, new GrantRequest(Role.PILOT, union, null, null, null));
            String expert1 = person(slug, "expert1", hash, new GrantRequest(Role.EXPERT, null, group1, null, null));
            String expert2 = person(slug, "expert2", hash, new GrantRequest(Role.EXPERT, null, group2, null, null));
            String referentA = person(slug, "referent-a", hash, new GrantRequest(Role.REFERENT, null, null, a, null));
            String directorA = person(slug, "directeur-a", hash, new GrantRequest(Role.DIRECTOR, null, null, a, null));
            String referentB = person(slug, "referent-b", hash, new GrantRequest(Role.REFERENT, null, null, b, null));
            String funder = person(slug, "ars", hash, new GrantRequest(Role.FUNDER, null, null, null, Set.of("13")));
            long referentId = people.people().stream()
                    .filter(p -> p.email().equals(referentA))
                    .findFirst()
                    .orElseThrow()
                    .id();
            long campaign = campaigns.open(new OpenCampaign(
                    2026,
                    referential,
                    LocalDate.now().minusDays(10),
                    LocalDate.now().plusDays(30),
                    directorSignOff));
            return new World(
                    network,
                    slug,
                    union,
                    group1,
                    group2,
                    a,
                    b,
                    c,
                    campaign,
                    campaigns.diagnosticFor(campaign, a),
                    campaigns.diagnosticFor(campaign, c),
                    admin,
                    pilot,
                    expert1,
                    expert2,
                    referentA,
                    new Actor(referentId, "Référent A"),
                    directorA,
                    referentB,
                    funder);
        });
    }

    List<CriterionView> criteria(World world) {
        return world.in(() -> diagnostics.view(world.diagnosticA()))
                .referential()
                .criteria();
    }

    /** Answers every criterion of structure A's diagnostic but the last {@code leave} ones, as its referent. */
    void answerAllBut(World world, int leave) {
        List<CriterionView> criteria = criteria(world);
        for (CriterionView c : criteria.subList(0, criteria.size() - leave)) {
            world.in(() -> diagnostics.saveAnswer(
                    world.diagnosticA(),
                    c.id(),
                    new AnswerInput(Rating.CONFORME, null, null, currentVersion(world, c)),
                    world.referentActor()));
        }
    }

    Integer currentVersion(World world, CriterionView criterion) {
        return world.in(() -> diagnostics.view(world.diagnosticA()))
                .answerTo(criterion)
                .version();
    }

    void submitA(World world) {
        world.in(() -> {
            diagnostics.submit(world.diagnosticA(), world.referentActor());
            return null;
        });
    }

    private String person(String slug, String who, String hash, GrantRequest grant) {
        String email = who + "@" + slug + ".fr";
        long id = people.createActivatedPerson(
                new PersonDetails(email, who.substring(0, 1).toUpperCase() + who.substring(1), "Test", null, null),
                hash);
        people.addGrant(id, grant);
        return email;
    }

    private static StructureDetails structure(String finess, String name, long union, long group) {
        return new StructureDetails(
                finess, name, StructureType.SSIAD, "13", union, group, ProgrammePhase.DEPLOYMENT, null, null);
    }
}
