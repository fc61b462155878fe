package fr.pilotis.planning;

import fr.pilotis.access.GrantRequest;
import fr.pilotis.access.PeopleAdministration;
import fr.pilotis.access.PersonDetails;
import fr.pilotis.access.Role;
import fr.pilotis.diagnostic.Campaigns;
import fr.pilotis.diagnostic.OpenCampaign;
import fr.pilotis.organisation.Networks;
import fr.pilotis.organisation.OrganisationAdministration;
import fr.pilotis.organisation.ProgrammePhase;
import fr.pilotis.organisation.StructureDetails;
import fr.pilotis.organisation.StructureType;
import fr.pilotis.referential.ReferentialVersions;
import fr.pilotis.shared.Tenancy;
import fr.pilotis.support.DemoAccounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;

/**
 * A network of its own for a planning test: one UT, group 1 with structures A, B and D, group 2
 * with C, the default référentiel with an open campaign, and one person per role (demo password).
 */
final class PlanningWorld {

    record World(
            long network,
            long unionId,
            long group1,
            long group2,
            long structureA,
            long structureB,
            long structureC,
            long structureD,
            String admin,
            String pilot,
            String expert1,
            String expert2,
            String referentA,
            String directorA,
            String funder) {

        <T> T in(Supplier<T> work) {
            return Tenancy.callInNetwork(network, work);
        }

        void run(Runnable work) {
            Tenancy.runInNetwork(network, work);
        }
    }

    private final ApplicationContext context;

    PlanningWorld(ApplicationContext context) {
        this.context = context;
    }

    World create() {
        Networks networks = context.getBean(Networks.class);
        OrganisationAdministration organisation = context.getBean(OrganisationAdministration.class);
        PeopleAdministration people = context.getBean(PeopleAdministration.class);
        String slug = "plan-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
        long network = Tenancy.callAcrossNetworks(() -> networks.create("Réseau " + slug, slug));
        return Tenancy.callInNetwork(network, () -> {
            long union = organisation.createUnion("UT " + slug);
            long group1 = organisation.createGroup("Groupe 1 " + slug);
            long group2 = organisation.createGroup("Groupe 2 " + slug);
            long a = organisation.createStructure(structure("130000001", "SSIAD Alpha", union, group1));
            long b = organisation.createStructure(structure("130000002", "SAAD Bêta", union, group1));
            long c = organisation.createStructure(structure("130000003", "SPASAD Gamma", union, group2));
            long d = organisation.createStructure(structure("130000004", "SAP Delta", union, group1));
            long referential = context.getBean(ReferentialVersions.class).installDefaultIfNone();
            context.getBean(Campaigns.class)
                    .open(new OpenCampaign(
                            LocalDate.now().getYear(),
                            referential,
                            LocalDate.now().withDayOfYear(1),
                            LocalDate.now().plusDays(30),
                            false));
            String hash = people.hashPassword(DemoAccounts.PASSWORD);
            return new World(
                    network,
                    union,
                    group1,
                    group2,
                    a,
                    b,
                    c,
                    d,
                    person(people, slug, "admin", hash, new GrantRequest(Role.NETWORK_ADMIN, null, null, null, null)),
                    person(people, slug, "pilote", hash, new GrantRequest(Role.PILOT, union, null, null, null)),
                    person(people, slug, "expert1", hash, new GrantRequest(Role.EXPERT, null, group1, null, null)),
                    person(people, slug, "expert2", hash, new GrantRequest(Role.EXPERT, null, group2, null, null)),
                    person(people, slug, "referent-a", hash, new GrantRequest(Role.REFERENT, null, null, a, null)),
                    person(people, slug, "directeur-a", hash, new GrantRequest(Role.DIRECTOR, null, null, a, null)),
                    person(people, slug, "ars", hash, new GrantRequest(Role.FUNDER, null, null, null, Set.of("13"))));
        });
    }

    static MeetingInput meeting(LocalDate day, BigDecimal expertDays) {
        return new MeetingInput(
                day,
                LocalTime.of(9, 30),
                180,
                "Salle du conseil",
                "Ordre du jour",
                null,
                expertDays,
                List.of(),
                List.of());
    }

    private static String person(
            PeopleAdministration people, String slug, String who, String hash, GrantRequest grant) {
        String email = who + "@" + slug + ".fr";
        long id = people.createActivatedPerson(new PersonDetails(email, who, "Test", null, null), hash);
        people.addGrant(id, grant);
        return email;
    }

    private static StructureDetails structure(String finess, String name, long union, long group) {
        return new StructureDetails(
                finess, name, StructureType.SSIAD, "13", union, group, ProgrammePhase.DEPLOYMENT, null, null);
    }
}
