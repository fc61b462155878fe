package fr.pilotis.indicator;

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
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A network of its own with hand-set diagnostic results for 2025 (nothing for 2024), so that every
 * indicator can be computed by hand:
 *
 * <pre>
 * structure  UT  group type   dépt phase        2025 status  declared  validated  level 1/2 met  4.2.9
 * A          U1  G1    SSIAD  13   deployment   VALIDATED    30/40     20/40      yes / no       validated CONFORME (declared PARTIEL)
 * B          U1  G1    SAAD   13   preparatory  SUBMITTED    40/40     —          yes / yes      CONFORME
 * C          U1  G2    SPASAD 84   deployment   DRAFT        —         —          —              (CONFORME, not submitted)
 * D          U2  G2    SSIAD  83   deployment   SUBMITTED    10/40     —          no / no        NON_APPLICABLE
 * </pre>
 *
 * Theme 4.1 declared: A 3 met of 4, B 1 of 2. A's declared level 1 has a non-conformity: the level indicators read its validated ratings.
 * People: a pilot of U1, an expert of G1 and one of G2, a funder of 13 and 84.
 */
public final class IndicatorWorld {

    public record World(
            long network,
            String slug,
            long u1,
            long u2,
            long g1,
            long g2,
            long a,
            long b,
            long c,
            long d,
            String admin,
            String pilot,
            String expert,
            String funder) {

        public <T> T in(Supplier<T> work) {
            return Tenancy.callInNetwork(network, work);
        }
    }

    private final ApplicationContext context;

    public IndicatorWorld(ApplicationContext context) {
        this.context = context;
    }

    public World create() {
        Networks networks = context.getBean(Networks.class);
        OrganisationAdministration organisation = context.getBean(OrganisationAdministration.class);
        PeopleAdministration people = context.getBean(PeopleAdministration.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        String slug = "ind-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
        long network = Tenancy.callAcrossNetworks(() -> networks.create("Réseau " + slug, slug));
        return Tenancy.callInNetwork(network, () -> {
            long u1 = organisation.createUnion("UT Une " + slug);
            long u2 = organisation.createUnion("UT Deux " + slug);
            long g1 = organisation.createGroup("Groupe 1 " + slug);
            long g2 = organisation.createGroup("Groupe 2 " + slug);
            long a = organisation.createStructure(structure(
                    "130000001", "=SSIAD Alpha", StructureType.SSIAD, "13", u1, g1, ProgrammePhase.DEPLOYMENT));
            long b = organisation.createStructure(
                    structure("130000002", "SAAD Bêta", StructureType.SAAD, "13", u1, g1, ProgrammePhase.PREPARATORY));
            long c = organisation.createStructure(structure(
                    "840000003", "SPASAD Gamma", StructureType.SPASAD, "84", u1, g2, ProgrammePhase.DEPLOYMENT));
            long d = organisation.createStructure(structure(
                    "830000004", "SSIAD Delta", StructureType.SSIAD, "83", u2, g2, ProgrammePhase.DEPLOYMENT));
            long referential = context.getBean(ReferentialVersions.class).installDefaultIfNone();
            long campaign = context.getBean(Campaigns.class)
                    .open(new OpenCampaign(
                            2025, referential, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), false));
            status(jdbc, campaign, a, "VALIDATED");
            status(jdbc, campaign, b, "SUBMITTED");
            status(jdbc, campaign, d, "SUBMITTED");
            rate(jdbc, campaign, a, "DECLARED", 30, 5, 5);
            rate(jdbc, campaign, a, "VALIDATED", 20, 10, 10);
            rate(jdbc, campaign, b, "DECLARED", 40, 0, 0);
            rate(jdbc, campaign, d, "DECLARED", 10, 10, 20);
            themeRate(jdbc, campaign, a, 3, 1);
            themeRate(jdbc, campaign, b, 1, 1);
            score(jdbc, campaign, a, "DECLARED", 1, 1);
            score(jdbc, campaign, a, "DECLARED", 2, 2);
            score(jdbc, campaign, a, "VALIDATED", 1, 0);
            score(jdbc, campaign, a, "VALIDATED", 2, 2);
            score(jdbc, campaign, b, "DECLARED", 1, 0);
            score(jdbc, campaign, b, "DECLARED", 2, 0);
            score(jdbc, campaign, d, "DECLARED", 1, 1);
            score(jdbc, campaign, d, "DECLARED", 2, 3);
            long livret = jdbc.queryForObject(
                    "select id from criterion where network_id = ? and referential_id = ? and code = '4.2.9'",
                    Long.class,
                    network,
                    referential);
            answer(jdbc, campaign, a, livret, "PARTIEL", "CONFORME");
            answer(jdbc, campaign, b, livret, "CONFORME", null);
            answer(jdbc, campaign, c, livret, "CONFORME", null);
            answer(jdbc, campaign, d, livret, "NON_APPLICABLE", null);
            String hash = people.hashPassword(DemoAccounts.PASSWORD);
            String admin =
                    person(people, slug, "admin", hash, new GrantRequest(Role.NETWORK_ADMIN, null, null, null, null));
            String pilot = person(people, slug, "pilote", hash, new GrantRequest(Role.PILOT, u1, null, null, null));
            String expert = person(people, slug, "expert1", hash, new GrantRequest(Role.EXPERT, null, g1, null, null));
            person(people, slug, "expert2", hash, new GrantRequest(Role.EXPERT, null, g2, null, null));
            String funder = person(
                    people, slug, "ars", hash, new GrantRequest(Role.FUNDER, null, null, null, Set.of("13", "84")));
            return new World(network, slug, u1, u2, g1, g2, a, b, c, d, admin, pilot, expert, funder);
        });
    }

    private static void status(JdbcTemplate jdbc, long campaign, long structure, String status) {
        jdbc.update(
                "update diagnostic set status = ? where campaign_id = ? and structure_id = ?",
                status,
                campaign,
                structure);
    }

    private static void rate(
            JdbcTemplate jdbc, long campaign, long structure, String basis, int met, int partial, int notMet) {
        jdbc.update(
                "insert into diagnostic_rate (network_id, diagnostic_id, campaign_id, structure_id, basis, theme_code,"
                        + " met, partial, not_met, not_applicable, rate)"
                        + " select network_id, id, campaign_id, structure_id, ?, '', ?, ?, ?, 0, ? from diagnostic"
                        + " where campaign_id = ? and structure_id = ?",
                basis,
                met,
                partial,
                notMet,
                met * 100.0 / (met + partial + notMet),
                campaign,
                structure);
    }

    // theme 4.1, declared: met of met + not met
    private static void themeRate(JdbcTemplate jdbc, long campaign, long structure, int met, int notMet) {
        jdbc.update(
                "insert into diagnostic_rate (network_id, diagnostic_id, campaign_id, structure_id, basis, theme_code,"
                        + " met, partial, not_met, not_applicable, rate)"
                        + " select network_id, id, campaign_id, structure_id, 'DECLARED', '4.1', ?, 0, ?, 0, ? from diagnostic"
                        + " where campaign_id = ? and structure_id = ?",
                met,
                notMet,
                met * 100.0 / (met + notMet),
                campaign,
                structure);
    }

    private static void score(JdbcTemplate jdbc, long campaign, long structure, String basis, int level, int notMet) {
        jdbc.update(
                "insert into diagnostic_score (network_id, diagnostic_id, basis, theme_code, level, met, partial,"
                        + " not_met, not_applicable) select network_id, id, ?, '4.1', ?, 5, 0, ?, 0 from diagnostic"
                        + " where campaign_id = ? and structure_id = ?",
                basis,
                level,
                notMet,
                campaign,
                structure);
    }

    private static void answer(
            JdbcTemplate jdbc, long campaign, long structure, long criterion, String rating, String review) {
        jdbc.update(
                "insert into answer (id, network_id, diagnostic_id, criterion_id, rating, justification, review_rating)"
                        + " select nextval('answer_seq'), network_id, id, ?, ?, 'Sans objet pour ce service', ?"
                        + " from diagnostic where campaign_id = ? and structure_id = ?",
                criterion,
                rating,
                review,
                campaign,
                structure);
    }

    private static String person(
            PeopleAdministration people, String slug, String who, String hash, GrantRequest grant) {
        String email = who + "@" + slug + ".fr";
        long id = people.createActivatedPerson(new PersonDetails(email, who, "Test", null, null), hash);
        people.addGrant(id, grant);
        return email;
    }

    private static StructureDetails structure(
            String finess,
            String name,
            StructureType type,
            String departement,
            long union,
            long group,
            ProgrammePhase phase) {
        return new StructureDetails(finess, name, type, departement, union, group, phase, null, null);
    }
}
