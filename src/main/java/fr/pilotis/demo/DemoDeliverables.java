package fr.pilotis.demo;

import fr.pilotis.access.Role;
import fr.pilotis.deliverable.DeliverableLine;
import fr.pilotis.deliverable.DeliverableStatus;
import fr.pilotis.deliverable.Deliverables;
import fr.pilotis.deliverable.DocumentKind;
import fr.pilotis.deliverable.RequirementInput;
import fr.pilotis.deliverable.RequirementScope;
import fr.pilotis.deliverable.Toolbox;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.referential.CriterionView;
import fr.pilotis.shared.Actor;
import fr.pilotis.shared.Tenancy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's toolbox and deliverables: model documents for the key criteria (one-page PDFs), the
 * référentiel's key deliverables asked of every structure (due at the end of March, so overdue in
 * the spring), a deliverable a pilot asked of its UT and one an expert asked of its group, and every
 * status across the structures: each has filed its livret d'accueil (submitted, to correct, filed
 * again, validated in turn), some their règlement de fonctionnement.
 */
@Component
class DemoDeliverables {

    private static final Logger log = LoggerFactory.getLogger(DemoDeliverables.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private record Model(String code, String title, DocumentKind kind, String version) {}

    private static final List<Model> MODELS = List.of(
            new Model("4.2.1", "Grille d'évaluation de la situation du client", DocumentKind.FORM, "v2"),
            new Model("4.2.1", "Procédure d'évaluation à domicile", DocumentKind.PROCEDURE, "2016-01"),
            new Model("4.2.9", "Modèle de livret d'accueil", DocumentKind.TEMPLATE, "v3"),
            new Model("4.2.9", "Livret d'accueil d'un SSIAD (exemple)", DocumentKind.EXAMPLE, "2015"),
            new Model("4.2.10", "Modèle de règlement de fonctionnement", DocumentKind.TEMPLATE, "v1"),
            new Model("4.3.1", "Modèle de devis (mode prestataire)", DocumentKind.TEMPLATE, "v1"),
            new Model("4.3.2", "Fiche pratique : le contrat de prestation", DocumentKind.PRACTICAL_SHEET, "v1"),
            new Model("4.3.7", "Modèle de document individuel de prise en charge", DocumentKind.TEMPLATE, "v2"),
            new Model("4.4.9", "Procédure de continuité de service", DocumentKind.PROCEDURE, "v1"),
            new Model("4.6.2", "Fiche pratique : tenir le dossier de suivi", DocumentKind.PRACTICAL_SHEET, "v1"));

    private static final String[] CHANGES = {
        "Merci d'ajouter les tarifs en vigueur et les coordonnées de la personne à contacter en cas de réclamation.",
        "La charte des droits et libertés de la personne accueillie doit être annexée au livret.",
        "Le document n'est pas daté ni validé par la direction : à compléter."
    };

    private final Toolbox toolbox;
    private final Deliverables deliverables;
    private final OrganisationDirectory organisation;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoDeliverables(
            Toolbox toolbox,
            Deliverables deliverables,
            OrganisationDirectory organisation,
            TransactionTemplate transactions,
            Clock clock) {
        this.toolbox = toolbox;
        this.deliverables = deliverables;
        this.organisation = organisation;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Both demo networks, each in its own scope. */
    void load(long main, DemoDiagnostics.Loaded mainLoaded, long other, DemoDiagnostics.Loaded otherLoaded) {
        long started = System.nanoTime();
        Tenancy.runInNetwork(main, () -> transactions.executeWithoutResult(s -> load(DemoData.main(), mainLoaded)));
        Tenancy.runInNetwork(other, () -> transactions.executeWithoutResult(s -> load(DemoData.other(), otherLoaded)));
        log.info("Demo deliverables and toolbox loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void load(DemoData.NetworkPlan plan, DemoDiagnostics.Loaded loaded) {
        List<StructureSummary> structures = organisation.structures(StructureScope.wholeNetwork());
        Map<Long, StructureSummary> byId = new HashMap<>();
        structures.forEach(s -> byId.put(s.id(), s));
        Cast cast = Cast.of(plan, loaded, byId);
        List<CriterionView> criteria = toolbox.currentCriteria();
        Map<String, CriterionView> byCode = new HashMap<>();
        criteria.forEach(c -> byCode.put(c.code(), c));
        for (Model model : MODELS) {
            CriterionView criterion = byCode.get(model.code());
            if (criterion != null) {
                byte[] pdf = pdf(model.title());
                toolbox.add(
                        criterion.id(),
                        model.title(),
                        model.kind(),
                        model.version(),
                        model.title() + ".pdf",
                        pdf.length,
                        new ByteArrayInputStream(pdf),
                        cast.admin());
            }
        }
        int year = LocalDate.now(clock.withZone(PARIS)).getYear();
        deliverables.adoptKeyDeliverables(criteria, LocalDate.of(year, 3, 31), structures, cast.admin());
        StructureSummary first =
                organisation.findStructure(loaded.structureIds().get(0)).orElseThrow();
        deliverables.addRequirement(
                new RequirementInput(
                        "Calendrier des réunions des groupes de travail de l'UT",
                        "Les dates retenues par la structure pour accueillir une réunion collective.",
                        null,
                        RequirementScope.union(first.territorialUnionId()),
                        Role.DIRECTOR,
                        LocalDate.of(year, 1, 15)),
                structures.stream()
                        .filter(s -> s.territorialUnionId() == first.territorialUnionId())
                        .toList(),
                cast.pilot(first.territorialUnionId()).orElse(cast.admin()));
        if (first.workingGroupId() != null) {
            deliverables.addRequirement(
                    new RequirementInput(
                            "Procédure de gestion des absences des intervenants",
                            "Qui remplace qui, qui prévient le client, sous quel délai.",
                            byCode.containsKey("4.4.8") ? byCode.get("4.4.8").id() : null,
                            RequirementScope.group(first.workingGroupId()),
                            Role.REFERENT,
                            LocalDate.of(year, 12, 15)),
                    structures.stream()
                            .filter(s -> first.workingGroupId().equals(s.workingGroupId()))
                            .toList(),
                    cast.expertOfGroup(first.workingGroupId()).orElse(cast.admin()));
        }
        List<Long> ids = loaded.structureIds();
        // one read for every structure's deliverables, then grouped
        Map<Long, List<DeliverableLine>> linesByStructure = deliverables.ofStructures(ids).stream()
                .collect(java.util.stream.Collectors.groupingBy(DeliverableLine::structureId));
        for (int i = 0; i < ids.size(); i++) {
            StructureSummary structure = byId.get(ids.get(i));
            Actor referent = cast.referent(i);
            Actor expert = structure.workingGroupId() == null
                    ? cast.admin()
                    : cast.expertOfGroup(structure.workingGroupId()).orElse(cast.admin());
            List<DeliverableLine> lines = linesByStructure.getOrDefault(structure.id(), List.of());
            Optional<DeliverableLine> booklet = keyDeliverable(lines, byCode.get("4.2.9"));
            Optional<DeliverableLine> rules = keyDeliverable(lines, byCode.get("4.2.10"));
            if (booklet.isPresent()) {
                // the demo referent's structure (index 0) waits for its expert; the others in every status
                fileBooklet(booklet.get().id(), i == 0 ? 0 : i % 4, referent, expert);
            }
            if (rules.isPresent() && i % 3 == 0) {
                file(rules.get().id(), "Règlement de fonctionnement " + year + ".pdf", null, referent);
            }
        }
    }

    /** 0: filed, awaiting review; 1: changes asked; 2: validated; 3: filed again after changes. */
    private void fileBooklet(long deliverableId, int stage, Actor referent, Actor expert) {
        file(deliverableId, "Livret d'accueil v1.pdf", "Première version, relue par la direction", referent);
        if (stage == 0) {
            return;
        }
        if (stage == 2) {
            deliverables.review(deliverableId, DeliverableStatus.VALIDATED, "Livret complet et à jour, merci.", expert);
            return;
        }
        deliverables.review(
                deliverableId, DeliverableStatus.CHANGES_REQUESTED, CHANGES[(int) (deliverableId % 3)], expert);
        if (stage == 3) {
            deliverables.comment(deliverableId, "Corrections faites, la charte est désormais annexée.", referent);
            file(deliverableId, "Livret d'accueil v2.pdf", "Version corrigée", referent);
        }
    }

    private void file(long deliverableId, String name, String label, Actor by) {
        byte[] pdf = pdf(name.replace(".pdf", ""));
        deliverables.fileVersion(deliverableId, name, pdf.length, new ByteArrayInputStream(pdf), label, by);
    }

    private static Optional<DeliverableLine> keyDeliverable(List<DeliverableLine> lines, CriterionView criterion) {
        return criterion == null
                ? Optional.empty()
                : lines.stream()
                        .filter(l -> l.criterionId() != null && l.criterionId() == criterion.id())
                        .findFirst();
    }

    /** A one-page PDF showing its title (ASCII only: the standard font's encoding). */
    static byte[] pdf(String title) {
        String text = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
                .replaceAll("[^\\x20-\\x7e]", "")
                .replace("(", "")
                .replace(")", "")
                .replace("\\", "");
        String stream = "BT /F1 16 Tf 72 770 Td (" + text + ") Tj ET\n";
        String pdf = "%PDF-1.4\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
                + "4 0 obj << /Length " + stream.length() + " >> stream\n" + stream
                + "endstream endobj\n"
                + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }

    /** Who does what in the demo, from the plan: the admin, each structure's referent, pilots and experts. */
    private record Cast(Actor admin, Map<Integer, Actor> referents, Map<Long, Actor> pilots, Map<Long, Actor> experts) {

        /** The plan names UT and groups by index; the loaded structures tell their ids. */
        static Cast of(DemoData.NetworkPlan plan, DemoDiagnostics.Loaded loaded, Map<Long, StructureSummary> byId) {
            Map<Integer, Long> unionIds = new HashMap<>();
            Map<Integer, Long> groupIds = new HashMap<>();
            for (int i = 0; i < plan.structures().size(); i++) {
                StructureSummary structure = byId.get(loaded.structureIds().get(i));
                unionIds.put(plan.structures().get(i).unionIndex(), structure.territorialUnionId());
                groupIds.put(plan.structures().get(i).groupIndex(), structure.workingGroupId());
            }
            Actor admin = null;
            Map<Integer, Actor> referents = new HashMap<>();
            Map<Long, Actor> pilots = new HashMap<>();
            Map<Long, Actor> experts = new HashMap<>();
            for (DemoData.PersonPlan person : plan.people()) {
                Actor actor = loaded.people().get(person.email());
                for (DemoData.GrantPlan grant : person.grants()) {
                    switch (grant.role()) {
                        case NETWORK_ADMIN -> admin = admin == null ? actor : admin;
                        case REFERENT -> referents.putIfAbsent(grant.index(), actor);
                        case PILOT -> {
                            Long union = unionIds.get(grant.index());
                            if (union != null) {
                                pilots.putIfAbsent(union, actor);
                            }
                        }
                        case EXPERT -> {
                            Long group = groupIds.get(grant.index());
                            if (group != null) {
                                experts.putIfAbsent(group, actor);
                            }
                        }
                        default -> {}
                    }
                }
            }
            return new Cast(admin, referents, pilots, experts);
        }

        Actor referent(int structure) {
            return referents.getOrDefault(structure, admin);
        }

        Optional<Actor> pilot(long unionId) {
            return Optional.ofNullable(pilots.get(unionId));
        }

        Optional<Actor> expertOfGroup(long groupId) {
            return Optional.ofNullable(experts.get(groupId));
        }
    }
}
