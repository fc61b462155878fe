package fr.pilotis.demo;

import fr.pilotis.access.Role;
import fr.pilotis.diagnostic.AnswerInput;
import fr.pilotis.diagnostic.Campaigns;
import fr.pilotis.diagnostic.EvidenceFiles;
import fr.pilotis.diagnostic.OpenCampaign;
import fr.pilotis.diagnostic.Rating;
import fr.pilotis.diagnostic.SelfDiagnostics;
import fr.pilotis.diagnostic.SelfDiagnostics.CompletedAnswer;
import fr.pilotis.referential.CriterionView;
import fr.pilotis.referential.ReferentialCatalog;
import fr.pilotis.referential.ReferentialVersion;
import fr.pilotis.referential.ReferentialVersions;
import fr.pilotis.shared.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo networks' self-diagnostics: the two past campaigns complete (answered, submitted,
 * reviewed by the group's expert who lowers about one rating in ten, validated), conformity
 * improving from one year to the next, and the current campaign under way — a few structures
 * part-way, one submitted and awaiting its expert, the demo referent's structure part-way so that
 * its referent can carry on. Ratings are pseudo-random but fixed by structure and criterion, so
 * every load gives the same figures.
 */
@Component
class DemoDiagnostics {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int FRESH_STATISTICS_AFTER = 3;

    private static final String[] COMMENTS = {
        "Procédure rédigée et diffusée aux intervenants lors de la réunion d'équipe.",
        "Document disponible au siège, mis à jour lors du dernier comité de direction.",
        "Point abordé chaque mois en réunion d'équipe, compte rendu archivé.",
        "Action engagée, finalisation prévue au prochain semestre.",
        "Affiché dans les locaux et remis à chaque bénéficiaire avec le livret d'accueil."
    };
    private static final String[] JUSTIFICATIONS = {
        "La structure n'assure pas ce type de prestation.",
        "Pas d'accueil physique du public : l'activité se fait uniquement au domicile.",
        "Prestation confiée à un partenaire conventionné.",
        "Non concerné : aucune intervention de nuit ni le week-end."
    };
    private static final String[] CORRECTIONS = {
        "Procédure présentée mais non datée ni validée par la direction.",
        "Preuve non fournie lors de l'entretien : à compléter.",
        "Document existant mais pas encore diffusé aux intervenants.",
        "Mise en œuvre partielle constatée sur les dossiers consultés.",
        "Traçabilité incomplète sur l'échantillon de dossiers vérifiés."
    };

    private final Campaigns campaigns;
    private final SelfDiagnostics diagnostics;
    private final ReferentialVersions referentialVersions;
    private final ReferentialCatalog catalog;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final EvidenceFiles evidence;

    DemoDiagnostics(
            Campaigns campaigns,
            SelfDiagnostics diagnostics,
            ReferentialVersions referentialVersions,
            ReferentialCatalog catalog,
            TransactionTemplate transactions,
            JdbcTemplate jdbc,
            Clock clock,
            EvidenceFiles evidence) {
        this.campaigns = campaigns;
        this.diagnostics = diagnostics;
        this.referentialVersions = referentialVersions;
        this.catalog = catalog;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
        this.evidence = evidence;
    }

    /** The network's people and structures as the loader created them. */
    record Loaded(List<Long> structureIds, Map<String, Actor> people) {}

    /** The main network: two complete past campaigns and the current one under way. Runs in the network's scope. */
    void loadMain(DemoData.NetworkPlan plan, Loaded loaded) {
        int year = LocalDate.now(clock.withZone(PARIS)).getYear();
        long referential = transactions.execute(status -> referentialVersions.installDefaultIfNone());
        ReferentialVersion version = catalog.version(referential);
        Cast cast = Cast.of(plan, loaded, year);
        // about nine structures in ten took part in each past campaign; the demo referent's always did
        past(year - 2, referential, version, loaded, cast, i -> i % 10 != 7);
        past(year - 1, referential, version, loaded, cast, i -> i % 17 != 9);
        transactions.executeWithoutResult(status -> {
            long campaignId = campaigns.open(
                    new OpenCampaign(year, referential, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false));
            attachWelcomeBooklets(campaignId, version, loaded, cast);
            // the demo referent's structure part-way; a few others too; one (in the demo expert's group) submitted
            answer(campaignId, version, loaded, cast, 0, year, 22, false);
            answer(
                    campaignId,
                    version,
                    loaded,
                    cast,
                    7,
                    year,
                    version.criteria().size(),
                    true);
            for (int i : new int[] {12, 25, 33, 40}) {
                if (i < loaded.structureIds().size()) {
                    answer(campaignId, version, loaded, cast, i, year, 10 + i % 20, false);
                }
            }
        });
    }

    /**
     * Every structure still answering this year has filed its livret d'accueil as evidence of the
     * criterion that names it (a one-page PDF), so the demo shows evidence files in each network.
     */
    private void attachWelcomeBooklets(long campaignId, ReferentialVersion version, Loaded loaded, Cast cast) {
        CriterionView booklet = version.criteria().stream()
                .filter(c -> c.code().equals("4.2.9"))
                .findFirst()
                .orElse(version.criteria().get(0));
        byte[] pdf = WELCOME_BOOKLET_PDF.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = 0; i < loaded.structureIds().size(); i++) {
            long diagnosticId =
                    campaigns.diagnosticFor(campaignId, loaded.structureIds().get(i));
            evidence.attach(
                    diagnosticId,
                    booklet.id(),
                    "Livret d'accueil.pdf",
                    pdf.length,
                    new java.io.ByteArrayInputStream(pdf),
                    cast.referent(i));
        }
    }

    private static final String WELCOME_BOOKLET_PDF = "%PDF-1.4\n"
            + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            + " /Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
            + "4 0 obj << /Length 58 >> stream\nBT /F1 18 Tf 72 770 Td (Livret d'accueil - demonstration) Tj ET\n"
            + "endstream endobj\n"
            + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n";

    /** The small network: one complete past campaign, so that both networks have results to keep apart. */
    void loadOther(DemoData.NetworkPlan plan, Loaded loaded) {
        int year = LocalDate.now(clock.withZone(PARIS)).getYear();
        long referential = transactions.execute(status -> referentialVersions.installDefaultIfNone());
        ReferentialVersion version = catalog.version(referential);
        Cast cast = Cast.of(plan, loaded, year);
        past(year - 1, referential, version, loaded, cast, i -> true);
        transactions.executeWithoutResult(status -> {
            long campaignId = campaigns.open(
                    new OpenCampaign(year, referential, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false));
            attachWelcomeBooklets(campaignId, version, loaded, cast);
        });
    }

    private void past(
            int year,
            long referential,
            ReferentialVersion version,
            Loaded loaded,
            Cast cast,
            java.util.function.IntPredicate takesPart) {
        transactions.executeWithoutResult(status -> {
            long campaignId = campaigns.open(
                    new OpenCampaign(year, referential, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false));
            for (int i = 0; i < loaded.structureIds().size(); i++) {
                if (i == FRESH_STATISTICS_AFTER) {
                    freshStatistics();
                }
                if (!takesPart.test(i)) {
                    continue;
                }
                long diagnosticId = campaigns.diagnosticFor(
                        campaignId, loaded.structureIds().get(i));
                Map<Long, CompletedAnswer> answers = new HashMap<>();
                for (CriterionView criterion : version.criteria()) {
                    Rating declared = rating(i, criterion.code(), year, cast.currentYear);
                    Rating validated = review(i, criterion.code(), year, declared);
                    answers.put(
                            criterion.id(),
                            new CompletedAnswer(
                                    declared,
                                    declared == Rating.NON_APPLICABLE
                                            ? pick(JUSTIFICATIONS, i, criterion.code(), "j")
                                            : null,
                                    unit(i, criterion.code(), "comment" + year) < 0.2
                                            ? pick(COMMENTS, i, criterion.code(), "c" + year)
                                            : null,
                                    validated,
                                    validated != declared ? pick(CORRECTIONS, i, criterion.code(), "r" + year) : null));
                }
                LocalDate submitted = LocalDate.of(year, 3, 1).plusDays((i * 7L) % 90);
                LocalDate validated = submitted.plusDays(10 + (i * 3L) % 30);
                diagnostics.recordCompleted(
                        diagnosticId,
                        answers,
                        cast.referent(i),
                        submitted.atTime(LocalTime.of(10, 30)).atZone(PARIS).toInstant(),
                        cast.expert(i),
                        validated.atTime(LocalTime.of(15, 0)).atZone(PARIS).toInstant());
            }
        });
    }

    /**
     * On a new database the answers' tables have no statistics: PostgreSQL then checks each history
     * row's foreign key by reading the whole answer table, slower with every diagnostic loaded.
     * Statistics taken after a few diagnostics let it use the index (and keep the load linear).
     */
    private void freshStatistics() {
        jdbc.execute("analyze answer, answer_change, diagnostic, diagnostic_score");
    }

    private void answer(
            long campaignId,
            ReferentialVersion version,
            Loaded loaded,
            Cast cast,
            int structure,
            int year,
            int count,
            boolean submit) {
        if (structure >= loaded.structureIds().size()) {
            return;
        }
        long diagnosticId =
                campaigns.diagnosticFor(campaignId, loaded.structureIds().get(structure));
        Actor referent = cast.referent(structure);
        List<CriterionView> criteria = version.criteria();
        // an evidence file may already have created an (unanswered) answer row: save on its version
        fr.pilotis.diagnostic.DiagnosticView current = diagnostics.view(diagnosticId);
        for (int c = 0; c < Math.min(count, criteria.size()); c++) {
            CriterionView criterion = criteria.get(c);
            Rating rating = rating(structure, criterion.code(), year, cast.currentYear);
            diagnostics.saveAnswer(
                    diagnosticId,
                    criterion.id(),
                    new AnswerInput(
                            rating,
                            rating == Rating.NON_APPLICABLE
                                    ? pick(JUSTIFICATIONS, structure, criterion.code(), "j")
                                    : null,
                            unit(structure, criterion.code(), "comment" + year) < 0.2
                                    ? pick(COMMENTS, structure, criterion.code(), "c" + year)
                                    : null,
                            current.answerTo(criterion).version()),
                    referent);
        }
        if (submit) {
            diagnostics.submit(diagnosticId, referent);
        }
    }

    /**
     * The structure's rating of a criterion in a campaign: a draw fixed by structure and criterion
     * against a threshold that rises by ten points a year (about 65 % Conforme two years ago, 75 %
     * last year, 80 % now, give or take the structure's own maturity), some 15 % partial, a few
     * criteria not applicable.
     */
    static Rating rating(int structure, String code, int year, int currentYear) {
        if (unit(structure, code, "na") < 0.05) {
            return Rating.NON_APPLICABLE;
        }
        int yearsAgo = currentYear - year;
        double maturity = (unit(structure, "", "maturity") - 0.5) * 0.24;
        double conforme = (yearsAgo >= 2 ? 0.65 : yearsAgo == 1 ? 0.75 : 0.80) + maturity;
        double draw = unit(structure, code, "rating");
        if (draw < conforme) {
            return Rating.CONFORME;
        }
        return draw < conforme + 0.15 ? Rating.PARTIEL : Rating.NON_CONFORME;
    }

    /** The expert agrees, but lowers about one rating in eight among Conforme and Partiel (overestimation). */
    static Rating review(int structure, String code, int year, Rating declared) {
        if (unit(structure, code, "review" + year) >= 0.12) {
            return declared;
        }
        return switch (declared) {
            case CONFORME -> Rating.PARTIEL;
            case PARTIEL -> Rating.NON_CONFORME;
            default -> declared;
        };
    }

    private static String pick(String[] texts, int structure, String code, String salt) {
        return texts[(int) (unit(structure, code, salt) * texts.length)];
    }

    /** A number in [0, 1) fixed by its inputs (String.hashCode is specified, so it is the same on every JVM). */
    static double unit(int structure, String code, String salt) {
        long seed = ((structure + 1L) * 1_000_003L + code.hashCode()) * 31L + salt.hashCode();
        return new SplittableRandom(seed).nextDouble();
    }

    /** Who answers for each structure (its referent, else the admin) and who reviews (its group's first expert). */
    private record Cast(
            Map<Integer, Actor> referents,
            Map<Integer, Actor> experts,
            Actor admin,
            List<Integer> groupOf,
            int currentYear) {

        static Cast of(DemoData.NetworkPlan plan, Loaded loaded, int currentYear) {
            Map<Integer, Actor> referents = new HashMap<>();
            Map<Integer, Actor> experts = new HashMap<>();
            Actor admin = null;
            for (DemoData.PersonPlan person : plan.people()) {
                Actor actor = loaded.people().get(person.email());
                for (DemoData.GrantPlan grant : person.grants()) {
                    if (grant.role() == Role.REFERENT) {
                        referents.putIfAbsent(grant.index(), actor);
                    } else if (grant.role() == Role.EXPERT) {
                        experts.putIfAbsent(grant.index(), actor);
                    } else if (grant.role() == Role.NETWORK_ADMIN && admin == null) {
                        admin = actor;
                    }
                }
            }
            List<Integer> groupOf = plan.structures().stream()
                    .map(DemoData.StructurePlan::groupIndex)
                    .toList();
            return new Cast(referents, experts, admin, groupOf, currentYear);
        }

        Actor referent(int structure) {
            return referents.getOrDefault(structure, admin);
        }

        Actor expert(int structure) {
            return experts.getOrDefault(groupOf.get(structure), admin);
        }
    }
}
