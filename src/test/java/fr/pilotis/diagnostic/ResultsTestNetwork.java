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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * A network of its own for the results tests, built through the services with known answers:
 *
 * <ul>
 *   <li>UT 1 holds A and B (département 13, group 1), UT 2 holds C (département 83, group 2);
 *   <li>A: first criterion Non applicable, second Partiel, the rest Conforme — declared 47 ÷ 48;
 *       its expert lowers the third to Partiel with the comment {@code =1+1} — validated 46 ÷ 48;
 *   <li>B: Conforme and Non conforme alternately — 25 ÷ 49, submitted, not validated;
 *   <li>C: all Conforme — 100 %, submitted and validated as is.
 * </ul>
 */
final class ResultsTestNetwork {

    static final double A_DECLARED = 47 * 100.0 / 48;
    static final double A_VALIDATED = 46 * 100.0 / 48;
    static final double B_DECLARED = 25 * 100.0 / 49;
    static final double C_DECLARED = 100.0;

    final String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
    long network;
    int year;
    long campaignId;
    long union1;
    long union2;
    long group1;
    long group2;
    long structureA;
    long structureB;
    long structureC;
    long diagnosticA;
    long diagnosticB;
    long diagnosticC;
    String nameA;
    String nameB;
    String nameC;
    String union1Name;
    String union2Name;
    List<CriterionView> criteria;

    String admin;
    String pilot1;
    String pilot2;
    String expert1;
    String expert2;
    String referentA;
    String referentC;
    String funder13;

    static ResultsTestNetwork build(
            Networks networks,
            OrganisationAdministration organisation,
            PeopleAdministration people,
            ReferentialVersions referentialVersions,
            Campaigns campaigns,
            SelfDiagnostics diagnostics) {
        ResultsTestNetwork n = new ResultsTestNetwork();
        String slug = "results-" + n.suffix;
        n.network = Tenancy.callAcrossNetworks(() -> networks.create("Réseau résultats " + n.suffix, slug));
        n.year = LocalDate.now().getYear();
        String hash = people.hashPassword("demo");
        n.in(() -> {
            n.union1Name = "UT Nord " + n.suffix;
            n.union2Name = "UT Sud " + n.suffix;
            n.union1 = organisation.createUnion(n.union1Name);
            n.union2 = organisation.createUnion(n.union2Name);
            n.group1 = organisation.createGroup("Groupe un " + n.suffix);
            n.group2 = organisation.createGroup("Groupe deux " + n.suffix);
            n.nameA = "SSIAD Alpha " + n.suffix;
            n.nameB = "=SAAD Beta " + n.suffix;
            n.nameC = "SPASAD Gamma " + n.suffix;
            n.structureA = organisation.createStructure(structure("130000001", n.nameA, "13", n.union1, n.group1));
            n.structureB = organisation.createStructure(structure("130000002", n.nameB, "13", n.union1, n.group1));
            n.structureC = organisation.createStructure(structure("830000003", n.nameC, "83", n.union2, n.group2));
            n.admin = person(people, hash, n, "admin", new GrantRequest(Role.NETWORK_ADMIN, null, null, null, null));
            n.pilot1 = person(people, hash, n, "pilote1", new GrantRequest(Role.PILOT, n.union1, null, null, null));
            n.pilot2 = person(people, hash, n, "pilote2", new GrantRequest(Role.PILOT, n.union2, null, null, null));
            n.expert1 = person(people, hash, n, "expert1", new GrantRequest(Role.EXPERT, null, n.group1, null, null));
            n.expert2 = person(people, hash, n, "expert2", new GrantRequest(Role.EXPERT, null, n.group2, null, null));
            n.referentA = person(
                    people, hash, n, "referenta", new GrantRequest(Role.REFERENT, null, null, n.structureA, null));
            n.referentC = person(
                    people, hash, n, "referentc", new GrantRequest(Role.REFERENT, null, null, n.structureC, null));
            n.funder13 = person(people, hash, n, "cd13", new GrantRequest(Role.FUNDER, null, null, null, Set.of("13")));
            long referential = referentialVersions.installDefaultIfNone();
            n.campaignId = campaigns.open(new OpenCampaign(
                    n.year,
                    referential,
                    LocalDate.now().minusDays(10),
                    LocalDate.now().plusDays(30),
                    false));
            n.diagnosticA = campaigns.diagnosticFor(n.campaignId, n.structureA);
            n.diagnosticB = campaigns.diagnosticFor(n.campaignId, n.structureB);
            n.diagnosticC = campaigns.diagnosticFor(n.campaignId, n.structureC);
            return null;
        });
        n.criteria = n.in(() -> diagnostics.view(n.diagnosticA)).referential().criteria();
        Actor referent = new Actor(1, "Référente Test");
        Actor expert = new Actor(2, "Expert Test");

        // A: NA, Partiel, then Conforme; a comment and a justification that look like formulas
        for (int i = 0; i < n.criteria.size(); i++) {
            Rating rating = i == 0 ? Rating.NON_APPLICABLE : i == 1 ? Rating.PARTIEL : Rating.CONFORME;
            String justification = i == 0 ? "@Pas d'accueil physique" : null;
            String comment = i == 3 ? "-2+3 procédure" : i == 4 ? "+33 4 91 00 00 00" : null;
            long criterion = n.criteria.get(i).id();
            n.in(() -> diagnostics.saveAnswer(
                    n.diagnosticA, criterion, new AnswerInput(rating, justification, comment, null), referent));
        }
        n.submit(diagnostics, n.diagnosticA, referent);
        DiagnosticView submitted = n.in(() -> diagnostics.view(n.diagnosticA));
        for (int i = 0; i < n.criteria.size(); i++) {
            CriterionView c = n.criteria.get(i);
            boolean corrects = i == 2;
            n.in(() -> diagnostics.review(
                    n.diagnosticA,
                    c.id(),
                    new ReviewInput(
                            !corrects,
                            corrects ? Rating.PARTIEL : null,
                            corrects ? "=1+1" : null,
                            submitted.answerTo(c).version()),
                    expert));
        }
        n.in(() -> {
            diagnostics.validate(n.diagnosticA, expert);
            return null;
        });

        // B: alternately Conforme and Non conforme, submitted only
        for (int i = 0; i < n.criteria.size(); i++) {
            Rating rating = i % 2 == 0 ? Rating.CONFORME : Rating.NON_CONFORME;
            long criterion = n.criteria.get(i).id();
            n.in(() -> diagnostics.saveAnswer(
                    n.diagnosticB, criterion, new AnswerInput(rating, null, null, null), referent));
        }
        n.submit(diagnostics, n.diagnosticB, referent);

        // C: all Conforme, validated as is
        for (CriterionView c : n.criteria) {
            n.in(() -> diagnostics.saveAnswer(
                    n.diagnosticC, c.id(), new AnswerInput(Rating.CONFORME, null, null, null), referent));
        }
        n.submit(diagnostics, n.diagnosticC, referent);
        DiagnosticView submittedC = n.in(() -> diagnostics.view(n.diagnosticC));
        for (CriterionView c : n.criteria) {
            n.in(() -> diagnostics.review(
                    n.diagnosticC,
                    c.id(),
                    new ReviewInput(true, null, null, submittedC.answerTo(c).version()),
                    expert));
        }
        n.in(() -> {
            diagnostics.validate(n.diagnosticC, expert);
            return null;
        });
        return n;
    }

    <T> T in(Supplier<T> work) {
        return Tenancy.callInNetwork(network, work);
    }

    private void submit(SelfDiagnostics diagnostics, long diagnosticId, Actor actor) {
        in(() -> {
            diagnostics.submit(diagnosticId, actor);
            return null;
        });
    }

    private static String person(
            PeopleAdministration people, String hash, ResultsTestNetwork n, String who, GrantRequest grant) {
        String email = who + "@results-" + n.suffix + ".fr";
        long id = people.createActivatedPerson(new PersonDetails(email, "Prénom", who, null, null), hash);
        people.addGrant(id, grant);
        return email;
    }

    private static StructureDetails structure(String finess, String name, String departement, long union, long group) {
        return new StructureDetails(
                finess, name, StructureType.SSIAD, departement, union, group, ProgrammePhase.DEPLOYMENT, null, null);
    }
}
