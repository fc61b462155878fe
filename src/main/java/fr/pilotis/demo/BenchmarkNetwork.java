package fr.pilotis.demo;

import fr.pilotis.access.GrantRequest;
import fr.pilotis.access.PeopleAdministration;
import fr.pilotis.access.PersonDetails;
import fr.pilotis.access.Role;
import fr.pilotis.diagnostic.Campaigns;
import fr.pilotis.diagnostic.DiagnosticScores;
import fr.pilotis.diagnostic.OpenCampaign;
import fr.pilotis.organisation.Networks;
import fr.pilotis.organisation.OrganisationAdministration;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.referential.ReferentialVersions;
import fr.pilotis.shared.Tenancy;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A national-scale network for the benchmarks (docs/performance.md): 22,000 structures in 100 UT
 * and 3,000 groups, three campaigns of 49 answers each — two past ones validated, the current one
 * answered in draft — and 32 referents and an admin who sign in with the password {@code bench}.
 * Run with {@code --pilotis.task=benchmark-network}; refused in the prod profile. It runs before
 * the platform's {@code NetworkTasks} (and exits), which would otherwise refuse the task as unknown.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "pilotis.task", havingValue = "benchmark-network")
class BenchmarkNetwork implements ApplicationRunner {

    static final String SLUG = "banc-essai";
    static final int REFERENTS = 32;

    private static final Logger log = LoggerFactory.getLogger(BenchmarkNetwork.class);

    private final Networks networks;
    private final OrganisationAdministration organisation;
    private final OrganisationDirectory directory;
    private final PeopleAdministration people;
    private final ReferentialVersions referentials;
    private final Campaigns campaigns;
    private final DiagnosticScores scores;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ConfigurableApplicationContext context;
    private final int structures;
    private final boolean prod;

    BenchmarkNetwork(
            Networks networks,
            OrganisationAdministration organisation,
            OrganisationDirectory directory,
            PeopleAdministration people,
            ReferentialVersions referentials,
            Campaigns campaigns,
            DiagnosticScores scores,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            ConfigurableApplicationContext context,
            @Value("${pilotis.benchmark.structures:22000}") int structures,
            @Value("#{environment.matchesProfiles('prod')}") boolean prod) {
        this.networks = networks;
        this.organisation = organisation;
        this.directory = directory;
        this.people = people;
        this.referentials = referentials;
        this.campaigns = campaigns;
        this.scores = scores;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.context = context;
        this.structures = structures;
        this.prod = prod;
    }

    @Override
    public void run(ApplicationArguments args) {
        int status = 0;
        if (prod) {
            log.error("The benchmark network is never generated in the prod profile");
            status = 2;
        } else if (Tenancy.callAcrossNetworks(() -> networks.findIdBySlug(SLUG)).isPresent()) {
            log.info("The benchmark network exists already");
        } else {
            long started = System.nanoTime();
            long network = Tenancy.callAcrossNetworks(() -> networks.create("Réseau national (banc d'essai)", SLUG));
            Tenancy.runInNetwork(network, () -> transactions.executeWithoutResult(s -> generate(network)));
            log.info("Benchmark network generated in {} s", (System.nanoTime() - started) / 1_000_000_000);
        }
        int exit = status;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    private void generate(long network) {
        long referential = referentials.installDefaultIfNone();
        for (int u = 1; u <= 100; u++) {
            organisation.createUnion(String.format("UT %03d", u));
        }
        for (int g = 1; g <= 3000; g++) {
            organisation.createGroup(String.format("Groupe %04d", g));
        }
        // Structures in bulk: FINESS from the département and the row number; UT and group by blocks.
        jdbc.update(
                "insert into structure (id, network_id, finess, name, type, departement, territorial_union_id,"
                        + " working_group_id, phase)"
                        + " select nextval('structure_seq'), ?, d.dep || lpad(n::text, 7, '0'),"
                        + " 'Structure ' || lpad(n::text, 5, '0'), (array['SSIAD','SAAD','SPASAD','SAP'])[1 + n % 4],"
                        + " d.dep, u.id, g.id, case when n % 4 = 0 then 'PREPARATORY' else 'DEPLOYMENT' end"
                        + " from generate_series(1, ?) n"
                        + " cross join lateral (select lpad((1 + n % 95)::text, 2, '0') as dep) d"
                        + " join (select id, row_number() over (order by name) - 1 as r from territorial_union"
                        + "       where network_id = ?) u on u.r = (n - 1) * 100 / ?"
                        + " join (select id, row_number() over (order by name) - 1 as r from working_group"
                        + "       where network_id = ?) g on g.r = (n - 1) * 3000 / ?",
                network, structures, network, structures, network, structures);
        jdbc.execute("analyze structure");
        int year = LocalDate.now().getYear();
        List<Long> campaignIds = List.of(
                campaigns.open(new OpenCampaign(
                        year - 2, referential, LocalDate.of(year - 2, 1, 1), LocalDate.of(year - 2, 12, 31), false)),
                campaigns.open(new OpenCampaign(
                        year - 1, referential, LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31), false)),
                campaigns.open(new OpenCampaign(
                        year, referential, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false)));
        // 49 answers per diagnostic; conformity rises with the years; the expert corrects a tenth down.
        jdbc.update(
                "insert into answer (id, network_id, diagnostic_id, criterion_id, rating, justification, updated_at,"
                        + " review_rating, reviewed_at, lock_version)"
                        + " select nextval('answer_seq'), d.network_id, d.id, c.id, r.rating,"
                        + " case when r.rating = 'NON_APPLICABLE' then 'Sans objet pour la structure' end, now(),"
                        + " case when k.current then null when r.rating = 'CONFORME' and x.h % 10 = 0 then 'PARTIEL'"
                        + "   else r.rating end,"
                        + " case when k.current then null else now() end, 0"
                        + " from diagnostic d"
                        + " join (select id, row_number() over (order by year) - 1 as rank, id = ? as current"
                        + "       from campaign where network_id = ?) k on k.id = d.campaign_id"
                        + " join criterion c on c.referential_id = ? and c.network_id = d.network_id"
                        + " cross join lateral (select abs(hashtext(d.id::text || '/' || c.code)) % 100 as h) x"
                        + " cross join lateral (select case when x.h < 3 then 'NON_APPLICABLE'"
                        + "   when x.h < 63 + 6 * k.rank then 'CONFORME' when x.h < 88 then 'PARTIEL'"
                        + "   else 'NON_CONFORME' end as rating) r"
                        + " where d.network_id = ?",
                campaignIds.get(2), network, referential, network);
        jdbc.update(
                "update diagnostic set status = 'VALIDATED', submitted_at = now(), validated_at = now()"
                        + " where network_id = ? and campaign_id in (?, ?)",
                network,
                campaignIds.get(0),
                campaignIds.get(1));
        // the rows above are not yet counted by the planner's statistics: without them it joins millions
        // of answers row by row
        jdbc.execute("analyze answer, diagnostic");
        for (String basis : List.of("DECLARED", "VALIDATED")) {
            String rating = basis.equals("DECLARED") ? "a.rating" : "a.review_rating";
            jdbc.update(
                    "insert into diagnostic_score (network_id, diagnostic_id, basis, theme_code, level, met, partial,"
                            + " not_met, not_applicable)"
                            + " select a.network_id, a.diagnostic_id, ?, t.code, c.level,"
                            + " count(*) filter (where " + rating + " = 'CONFORME'),"
                            + " count(*) filter (where " + rating + " = 'PARTIEL'),"
                            + " count(*) filter (where " + rating + " = 'NON_CONFORME'),"
                            + " count(*) filter (where " + rating + " = 'NON_APPLICABLE')"
                            + " from answer a join diagnostic d on d.id = a.diagnostic_id and d.network_id = a.network_id"
                            + " join criterion c on c.id = a.criterion_id and c.network_id = a.network_id"
                            + " join referential_theme t on t.id = c.theme_id and t.network_id = c.network_id"
                            + " where a.network_id = ? and d.status = 'VALIDATED'"
                            + " group by a.network_id, a.diagnostic_id, t.code, c.level",
                    basis,
                    network);
        }
        scores.rebuildRates();
        jdbc.execute("analyze diagnostic_rate");
        String hash = people.hashPassword("bench");
        long adminId = people.createActivatedPerson(
                new PersonDetails("admin@" + SLUG + ".fr", "Admin", "Banc", null, null), hash);
        people.addGrant(adminId, new GrantRequest(Role.NETWORK_ADMIN, null, null, null, null));
        List<Long> firstStructures = jdbc.queryForList(
                "select id from structure where network_id = ? order by name limit ?", Long.class, network, REFERENTS);
        for (int i = 0; i < firstStructures.size(); i++) {
            long userId = people.createActivatedPerson(
                    new PersonDetails(
                            "referent" + (i + 1) + "@" + SLUG + ".fr", "Référent", "Banc " + (i + 1), null, null),
                    hash);
            people.addGrant(userId, new GrantRequest(Role.REFERENT, null, null, firstStructures.get(i), null));
        }
        log.info(
                "Benchmark network: {} structures, {} UT, {} campaigns",
                directory.unions().stream().mapToLong(u -> u.structureCount()).sum(),
                directory.unions().size(),
                campaignIds.size());
    }
}
