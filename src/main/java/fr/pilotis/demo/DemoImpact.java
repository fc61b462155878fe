package fr.pilotis.demo;

import fr.pilotis.impact.ComplaintCategory;
import fr.pilotis.impact.ComplaintChannel;
import fr.pilotis.impact.ComplaintInput;
import fr.pilotis.impact.ComplaintRegister;
import fr.pilotis.impact.ImpactData;
import fr.pilotis.impact.ImpactYearInput;
import fr.pilotis.impact.SatisfactionLevel;
import fr.pilotis.impact.SurveyMode;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.organisation.StructureType;
import fr.pilotis.performance.PerformanceData;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's impact data and ANAP dashboards: for 2015–2017 and the current year, most structures
 * have clients served, a satisfaction survey (totals; the current year one questionnaire at a time,
 * the survey under way), a benefits synthesis and a complaints register (a client or two complaining
 * twice); SSIAD and SPASAD have ANAP raw data with plausible values and, in 2017, two implausible
 * ones (an activity rate above 150 %, an absenteeism far above the others) for the referent to
 * check. Pseudo-random but fixed by structure, so every load gives the same figures.
 */
@Component
class DemoImpact {

    private static final Logger log = LoggerFactory.getLogger(DemoImpact.class);

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final List<Integer> PAST_YEARS = List.of(2015, 2016, 2017);

    private static final String[] BENEFITS = {
        "Les projets personnalisés sont désormais co-construits avec la personne et ses aidants lors"
                + " de la visite d'évaluation ; les objectifs d'autonomie sont revus à six mois.",
        "Meilleure continuité : chaque bénéficiaire connaît ses intervenants référents et reçoit son"
                + " planning une semaine à l'avance. Moins d'appels d'inquiétude des familles.",
        "Le livret d'accueil remis et expliqué à domicile a réduit les incompréhensions sur les horaires"
                + " et la facturation ; les projets personnalisés mentionnent les habitudes de vie.",
        "Les réunions de coordination mensuelles permettent d'ajuster les interventions après une"
                + " hospitalisation ; retour à domicile mieux préparé pour la plupart des personnes."
    };
    private static final String[] DESCRIPTIONS = {
        "Intervenante arrivée avec plus d'une heure de retard sans prévenir la famille.",
        "Facture du mois ne correspondant pas aux heures réalisées.",
        "Changement d'intervenant non annoncé pendant les congés d'été.",
        "Le soin de nuit prévu n'a pas été assuré le samedi.",
        "Plainte sur le ton employé par un intervenant lors de la toilette.",
        "Demande de renseignements restée sans réponse pendant deux semaines.",
        "Objet déplacé et non retrouvé après le passage de l'aide à domicile."
    };
    private static final ComplaintCategory[] CATEGORIES = {
        ComplaintCategory.SCHEDULE_PUNCTUALITY,
        ComplaintCategory.CONTRACT_BILLING,
        ComplaintCategory.CONTINUITY_REPLACEMENT,
        ComplaintCategory.CONTINUITY_REPLACEMENT,
        ComplaintCategory.STAFF_BEHAVIOUR,
        ComplaintCategory.RECEPTION_INFORMATION,
        ComplaintCategory.SAFETY_PROPERTY
    };
    private static final String[] ANSWERS = {
        "Appel du responsable de secteur, excuses présentées et planning revu avec la famille.",
        "Facture corrigée et avoir émis ; courrier d'explication envoyé.",
        "Rencontre au domicile avec l'infirmière coordinatrice ; intervenant remplacé."
    };

    private final OrganisationDirectory directory;
    private final ImpactData impact;
    private final ComplaintRegister complaints;
    private final PerformanceData performance;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoImpact(
            OrganisationDirectory directory,
            ImpactData impact,
            ComplaintRegister complaints,
            PerformanceData performance,
            TransactionTemplate transactions,
            Clock clock) {
        this.directory = directory;
        this.impact = impact;
        this.complaints = complaints;
        this.performance = performance;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Loads the current network's impact data and ANAP dashboards (run inside Tenancy.runInNetwork). */
    void load() {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        int current = today.getYear();
        transactions.executeWithoutResult(status -> {
            List<StructureSummary> structures = directory.structures(StructureScope.wholeNetwork());
            Batch batch = new Batch();
            for (int index = 0; index < structures.size(); index++) {
                StructureSummary structure = structures.get(index);
                SplittableRandom random =
                        new SplittableRandom(structure.finess().hashCode());
                // one structure in ten left without past data: a year without data says so
                boolean withPast = index % 10 != 9;
                if (withPast) {
                    for (int year : PAST_YEARS) {
                        pastYear(batch, structure, year, random);
                    }
                }
                currentYear(batch, structure, current, today, random);
            }
            impact.importYears(batch.years);
            impact.importQuestionnaires(batch.questionnaires);
            complaints.importComplaints(batch.complaints);
            Map<Integer, Map<Long, Map<String, Double>>> anap = new LinkedHashMap<>();
            List<StructureSummary> covered = structures.stream()
                    .filter(s -> s.type() == StructureType.SSIAD || s.type() == StructureType.SPASAD)
                    .toList();
            for (int index = 0; index < covered.size(); index++) {
                StructureSummary structure = covered.get(index);
                SplittableRandom random =
                        new SplittableRandom(31L * structure.finess().hashCode());
                for (int year : List.of(2015, 2016, 2017, current)) {
                    // about a quarter of the structures did not answer 2015, a few answer partly
                    if (year == 2015 && index % 4 == 0) {
                        continue;
                    }
                    Map<String, Double> raw = anapRaw(random, year == current && index % 3 == 0);
                    if (year == 2017 && index == 2) {
                        raw.put("DAYS_DELIVERED", raw.get("DAYS_FINANCED") * 1.72);
                    }
                    if (year == 2017 && index == 5) {
                        raw.put("ABSENCE_DAYS", raw.get("ACTUAL_FTE") * 365 * 0.45);
                    }
                    anap.computeIfAbsent(year, y -> new LinkedHashMap<>()).put(structure.id(), raw);
                }
            }
            anap.forEach(performance::importRawData);
        });
        log.info("Demo impact data and ANAP dashboards loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** What the demo writes, gathered to be written in a few batches. */
    private static final class Batch {
        final List<ImpactData.YearImport> years = new ArrayList<>();
        final List<ImpactData.QuestionnaireImport> questionnaires = new ArrayList<>();
        final List<ComplaintRegister.ComplaintImport> complaints = new ArrayList<>();
    }

    private void pastYear(Batch batch, StructureSummary structure, int year, SplittableRandom random) {
        int clients = 60 + random.nextInt(240);
        int sent = clients - random.nextInt(clients / 5);
        int returned = sent / 3 + random.nextInt(sent / 3);
        int very = returned * (30 + random.nextInt(20)) / 100;
        int satisfied = returned * (35 + random.nextInt(15)) / 100;
        int notVery = (returned - very - satisfied) * 2 / 3;
        int not = returned - very - satisfied - notVery;
        batch.years.add(new ImpactData.YearImport(
                structure.id(),
                year,
                new ImpactYearInput(
                        clients,
                        SurveyMode.TOTALS,
                        sent,
                        returned,
                        very,
                        satisfied,
                        notVery,
                        not,
                        BENEFITS[random.nextInt(BENEFITS.length)])));
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            LocalDate on = LocalDate.of(year, 1 + random.nextInt(11), 1 + random.nextInt(28));
            // the first client complains twice in some years
            String reference =
                    i == 1 && random.nextBoolean() ? reference(structure, year, 0) : reference(structure, year, i);
            complaint(batch, structure, on, reference, random, true);
        }
    }

    private void currentYear(
            Batch batch, StructureSummary structure, int year, LocalDate today, SplittableRandom random) {
        int clients = 60 + random.nextInt(240);
        batch.years.add(new ImpactData.YearImport(
                structure.id(),
                year,
                new ImpactYearInput(
                        clients, SurveyMode.QUESTIONNAIRES, clients - 10, null, null, null, null, null, null)));
        int returned = 3 + random.nextInt(5);
        SatisfactionLevel[] levels = SatisfactionLevel.values();
        for (int i = 0; i < returned; i++) {
            LocalDate on =
                    today.getDayOfYear() == 1 ? today : today.minusDays(1 + random.nextInt(today.getDayOfYear() - 1));
            int pick = random.nextInt(10);
            batch.questionnaires.add(new ImpactData.QuestionnaireImport(
                    structure.id(), year, on, levels[pick < 4 ? 0 : pick < 8 ? 1 : pick < 9 ? 2 : 3]));
        }
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            LocalDate on = today.minusDays(random.nextInt(Math.max(1, today.getDayOfYear() - 1)));
            complaint(batch, structure, on, reference(structure, year, i), random, i > 0);
        }
    }

    private void complaint(
            Batch batch,
            StructureSummary structure,
            LocalDate on,
            String reference,
            SplittableRandom random,
            boolean closed) {
        int kind = random.nextInt(DESCRIPTIONS.length);
        LocalDate closedOn = closed ? on.plusDays(3 + random.nextInt(20)) : null;
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        if (closedOn != null && closedOn.isAfter(today)) {
            closedOn = today;
        }
        batch.complaints.add(new ComplaintRegister.ComplaintImport(
                structure.id(),
                new ComplaintInput(
                        on,
                        random.nextBoolean() ? ComplaintChannel.ORAL : ComplaintChannel.WRITTEN,
                        reference,
                        CATEGORIES[kind],
                        DESCRIPTIONS[kind],
                        closedOn == null ? null : ANSWERS[random.nextInt(ANSWERS.length)],
                        closedOn,
                        false)));
    }

    private static String reference(StructureSummary structure, int year, int n) {
        return "DOS-" + structure.finess().substring(5) + "-" + (year % 100) + String.format("%02d", 11 + n * 7);
    }

    /** Plausible yearly raw data of a 30–60-place SSIAD; a few inputs left blank when {@code partial}. */
    private static Map<String, Double> anapRaw(SplittableRandom random, boolean partial) {
        Map<String, Double> raw = new HashMap<>();
        double places = 30 + random.nextInt(31);
        double financed = places * 365;
        raw.put("DAYS_FINANCED", financed);
        raw.put("DAYS_DELIVERED", Math.round(financed * (0.85 + random.nextDouble() * 0.17)) * 1.0);
        double supported = Math.round(places * (1.8 + random.nextDouble()));
        raw.put("PEOPLE_SUPPORTED", supported);
        raw.put("PEOPLE_OUT_OF_AUTH", (double) random.nextInt(3));
        double exits = Math.round(supported * (0.3 + random.nextDouble() * 0.2));
        raw.put("EXITS", exits);
        raw.put("SUPPORT_DAYS_OF_EXITS", Math.round(exits * (200 + random.nextInt(300))) * 1.0);
        raw.put("HOSPITALISATION_DAYS", Math.round(financed * (0.02 + random.nextDouble() * 0.04)) * 1.0);
        double budgeted = Math.round(places * (0.45 + random.nextDouble() * 0.15) * 10) / 10.0;
        double actual = Math.round(budgeted * (0.9 + random.nextDouble() * 0.1) * 10) / 10.0;
        raw.put("BUDGETED_FTE", budgeted);
        raw.put("ACTUAL_FTE", actual);
        double staff = Math.round(actual * (38_000 + random.nextInt(6_000)));
        double externalCare = Math.round(staff * (0.04 + random.nextDouble() * 0.06));
        raw.put("STAFF_COSTS", staff);
        raw.put("EXTERNAL_CARE_COSTS", externalCare);
        raw.put("EXTERNAL_SERVICES_COSTS", Math.round(externalCare * (1.1 + random.nextDouble() * 0.3)) * 1.0);
        raw.put("ABSENCE_DAYS", Math.round(actual * 365 * (0.06 + random.nextDouble() * 0.06)) * 1.0);
        double headcount = Math.round(actual * 1.25);
        raw.put("AVERAGE_HEADCOUNT", headcount);
        raw.put("HEADCOUNT_YEAR_END", headcount + random.nextInt(3) - 1);
        raw.put("ARRIVALS", (double) Math.round(headcount * (0.08 + random.nextDouble() * 0.15)));
        raw.put("DEPARTURES", (double) Math.round(headcount * (0.07 + random.nextDouble() * 0.15)));
        raw.put("AUTHORISED_PLACES", places);
        raw.put("STAFF_55_PLUS", (double) Math.round(headcount * (0.15 + random.nextDouble() * 0.15)));
        double income = Math.round(staff * 1.35);
        raw.put("OPERATING_INCOME", income);
        raw.put("CAF", Math.round(income * (-0.01 + random.nextDouble() * 0.06)) * 1.0);
        double gross = 200_000 + random.nextInt(600_000);
        raw.put("GROSS_BUILDING_VALUE", gross);
        raw.put("CUMULATED_DEPRECIATION", Math.round(gross * (0.3 + random.nextDouble() * 0.4)) * 1.0);
        double permanent = Math.round(income * (0.4 + random.nextDouble() * 0.3));
        raw.put("PERMANENT_CAPITAL", permanent);
        raw.put("LONG_TERM_DEBT", Math.round(permanent * (0.1 + random.nextDouble() * 0.35)) * 1.0);
        raw.put("FIXED_ASSETS", Math.round(permanent * (0.6 + random.nextDouble() * 0.3)) * 1.0);
        raw.put("CURRENT_EXPENSES", Math.round(income * (0.97 + random.nextDouble() * 0.04)) * 1.0);
        raw.put("STRATEGY_FORMALISED", random.nextInt(4) == 0 ? 0.0 : 1.0);
        raw.put("IS_FUNCTIONS_EXPECTED", 12.0);
        raw.put("IS_FUNCTIONS_COVERED", 5.0 + random.nextInt(8));
        raw.put("QUALITY_SELF_ASSESSMENT", 1.0 + random.nextInt(4));
        if (partial) {
            for (String code : List.of(
                    "CAF",
                    "OPERATING_INCOME",
                    "GROSS_BUILDING_VALUE",
                    "CUMULATED_DEPRECIATION",
                    "PERMANENT_CAPITAL",
                    "LONG_TERM_DEBT",
                    "FIXED_ASSETS",
                    "CURRENT_EXPENSES")) {
                raw.remove(code);
            }
        }
        return raw;
    }
}
