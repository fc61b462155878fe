package fr.pilotis.demo;

import fr.pilotis.access.Contact;
import fr.pilotis.access.PeopleDirectory;
import fr.pilotis.access.Role;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.organisation.TerritorialUnionSummary;
import fr.pilotis.report.HistoricReport;
import fr.pilotis.report.ReportContent;
import fr.pilotis.report.ReportKind;
import fr.pilotis.report.ReportStatus;
import fr.pilotis.report.Semester;
import fr.pilotis.report.SemesterReports;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's semester reports, from S2 2015 to the last finished semester: the first two UT of each
 * network report every semester, the others the last three; every structure has its reports for
 * the last three semesters (signed, submitted, draft or not written: overdue), and each network's
 * first structure those of 2015–2017 too (the years of the other modules' demo data). Submitted ones are snapshotted in bulk.
 */
@Component
class DemoReports {

    private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int RECENT = 3;

    private static final String[] THEMES = {
        "Thème 4.1 « Accueil et contact avec le public » : critères 4.1.1 à 4.1.6 étudiés en groupe ;"
                + " modèle commun de livret d'accueil.",
        "Thème 4.2 « Traitement de la demande » : grille d'évaluation individualisée partagée, critères"
                + " 4.2.1 à 4.2.9.",
        "Thème 4.3 « Contractualisation » : relecture croisée des contrats de prestation et du règlement"
                + " de fonctionnement.",
        "Thème 4.4 « Préparation des prestations » : fiches de poste et plannings d'intervention."
    };
    private static final String[] PROGRESS = {
        "Trois actions du plan collectif terminées sur huit ; deux en cours, dont la procédure de"
                + " remplacement des intervenants.",
        "Le plan d'actions collectif a été mis à jour en réunion ; les échéances de septembre sont tenues.",
        "Avancement régulier : la moitié des actions prioritaires sont réalisées."
    };
    private static final String[] DYNAMIC = {
        "Bonne assiduité aux réunions collectives ; les directeurs se sont réunis une fois pour arbitrer"
                + " les priorités.",
        "Dynamique installée : les référents se contactent entre les réunions pour partager leurs" + " documents."
    };
    private static final String[] MEASURES = {
        "Réunion d'équipe hebdomadaire instaurée ; responsable de secteur désigné pour les réclamations.",
        "Astreinte téléphonique réorganisée ; planning des interventions remis chaque vendredi.",
        "Procédure d'accueil formalisée et présentée à l'ensemble du personnel."
    };
    private static final String[] TOOLS = {
        "Livret d'accueil mis à jour, contrat de prestation révisé, fiche de recueil des attentes.",
        "Procédure de traitement des réclamations et registre associé ; questionnaire de satisfaction.",
        "Projet personnalisé type et grille d'évaluation à domicile."
    };
    private static final String[] BENEFITS = {
        "Moins de doublons dans l'organisation des tournées.",
        "Les usagers savent à qui s'adresser.",
        "Documents remis plus lisibles et expliqués à domicile.",
        "Fiches de poste à jour pour chaque intervenant.",
        "Mêmes pratiques d'évaluation entre les secteurs.",
        "Moins d'interventions manquées.",
        "Transmissions écrites systématiques dans le cahier de liaison.",
        "Procédure en cas de chute connue de tous.",
        "Lettre d'information trimestrielle aux familles et aux partenaires."
    };

    private final OrganisationDirectory directory;
    private final PeopleDirectory people;
    private final SemesterReports reports;
    private final TransactionTemplate transactions;

    DemoReports(
            OrganisationDirectory directory,
            PeopleDirectory people,
            SemesterReports reports,
            TransactionTemplate transactions) {
        this.directory = directory;
        this.people = people;
        this.reports = reports;
        this.transactions = transactions;
    }

    /** Loads the current network's reports (run inside Tenancy.runInNetwork). */
    void load() {
        long started = System.nanoTime();
        transactions.executeWithoutResult(tx -> {
            // newest first; the current semester is not due yet and stays empty
            List<Semester> semesters =
                    reports.semesters().subList(1, reports.semesters().size());
            List<HistoricReport> history = new ArrayList<>();
            List<TerritorialUnionSummary> unions = directory.unions();
            for (int u = 0; u < unions.size(); u++) {
                TerritorialUnionSummary union = unions.get(u);
                Contact pilot = people.pilotsOf(union.id()).stream().findFirst().orElse(null);
                int count = u < 2 ? semesters.size() : Math.min(RECENT, semesters.size());
                for (int s = 0; s < count; s++) {
                    // the last semester: one UT still drafting, one not started (overdue)
                    ReportStatus status = s == 0 && u % 3 == 1 ? ReportStatus.DRAFT : ReportStatus.SUBMITTED;
                    if (s == 0 && u % 3 == 2) {
                        continue;
                    }
                    history.add(report(
                            ReportKind.UNION,
                            union.id(),
                            semesters.get(s),
                            unionContent(pilot, union, s),
                            status,
                            pilot));
                }
            }
            List<StructureSummary> structures = directory.structures(StructureScope.wholeNetwork());
            for (int i = 0; i < structures.size(); i++) {
                StructureSummary structure = structures.get(i);
                Contact referent = people.contactsOfStructure(structure.id()).stream()
                        .filter(c -> c.role() == Role.REFERENT)
                        .findFirst()
                        .orElse(null);
                for (int s = 0; s < semesters.size(); s++) {
                    // the first structure also has its reports of the years the other modules' demo
                    // data cover (2015–2017), so that its history reads like the rest of the demo
                    if (s >= RECENT && (i != 0 || semesters.get(s).year() > 2017)) {
                        continue;
                    }
                    ReportStatus status = s >= 2
                            ? ReportStatus.SIGNED
                            : switch ((i + s) % 4) {
                                case 0 -> ReportStatus.SIGNED;
                                case 1 -> ReportStatus.SUBMITTED;
                                case 2 -> ReportStatus.DRAFT;
                                default -> null;
                            };
                    // every structure keeps at least one report (the access tests look one up)
                    if (status == null && s == 0) {
                        continue;
                    }
                    if (status == null) {
                        status = ReportStatus.SUBMITTED;
                    }
                    history.add(report(
                            ReportKind.STRUCTURE,
                            structure.id(),
                            semesters.get(s),
                            structureContent(referent, structure, i + s, status),
                            status,
                            referent));
                }
            }
            reports.loadHistory(history);
        });
        log.info("Demo semester reports loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private static HistoricReport report(
            ReportKind kind,
            long ownerId,
            Semester semester,
            ReportContent content,
            ReportStatus status,
            Contact author) {
        LocalDate due = semester.defaultDueDate();
        Instant submitted = due.minusDays(3).atTime(10, 0).atZone(PARIS).toInstant();
        Instant signed = due.plusDays(4).atTime(16, 30).atZone(PARIS).toInstant();
        String by = author == null ? content.madeBy() : author.displayName();
        return new HistoricReport(
                kind,
                ownerId,
                semester,
                content.withMade(due.minusDays(4), content.madeBy()),
                status,
                status.submitted() ? submitted : null,
                status.submitted() ? by : null,
                status == ReportStatus.SIGNED ? signed : null,
                status == ReportStatus.SIGNED ? "Direction de la structure" : null);
    }

    private static ReportContent unionContent(Contact pilot, TerritorialUnionSummary union, int index) {
        ReportContent base = ReportContent.empty()
                .withAuthor(
                        pilot == null ? "Pilote de l'UT" : pilot.displayName(),
                        pilot == null ? "Pilote" : pilot.jobTitle(),
                        pilot == null ? "pilote@reseau-demo.fr" : pilot.email(),
                        pilot == null ? null : pilot.phone())
                .withMade(null, pilot == null ? "Pilote de l'UT" : pilot.displayName());
        return new ReportContent(
                null,
                "Siège de l'" + union.name(),
                base.madeBy(),
                base.authorName(),
                base.authorFunction(),
                base.authorEmail(),
                base.authorPhone(),
                THEMES[index % THEMES.length],
                PROGRESS[index % PROGRESS.length],
                DYNAMIC[index % DYNAMIC.length],
                "Échanges de procédures et de modèles entre SAAD et SSIAD ; visite croisée de deux structures.",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "Planning des groupes de travail du semestre, trois comptes rendus de réunion, plan d'actions"
                        + " collectif mis à jour.",
                "Difficulté à réunir tous les directeurs aux mêmes dates.",
                "Deux structures ont changé de référent en cours de semestre.",
                null,
                index % 2 == 0 ? null : "Prévoir une réunion inter-UT au prochain semestre.");
    }

    private static ReportContent structureContent(
            Contact referent, StructureSummary structure, int index, ReportStatus status) {
        String name = referent == null ? "Référent technique" : referent.displayName();
        boolean complete = status != ReportStatus.DRAFT;
        return new ReportContent(
                null,
                structure.address() == null ? structure.name() : structure.address(),
                name,
                name,
                referent == null ? "Référent qualité" : referent.jobTitle(),
                referent == null ? "referent@reseau-demo.fr" : referent.email(),
                referent == null ? null : referent.phone(),
                null,
                null,
                null,
                null,
                MEASURES[index % MEASURES.length],
                TOOLS[index % TOOLS.length],
                BENEFITS[0],
                BENEFITS[1],
                BENEFITS[2],
                BENEFITS[3],
                BENEFITS[4],
                BENEFITS[5],
                BENEFITS[6],
                // a draft is still being written
                complete ? BENEFITS[7] : null,
                complete ? BENEFITS[8] : null,
                complete ? "Livret d'accueil validé par l'expert ; contrat de prestation en relecture." : null,
                "Peu de disponibilité des partenaires du territoire.",
                null,
                index % 3 == 0 ? "Turnover des aides à domicile pendant l'été." : null,
                null);
    }
}
