package fr.pilotis.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.pilotis.access.PeopleAdministration;
import fr.pilotis.access.PersonDetails;
import fr.pilotis.organisation.Networks;
import fr.pilotis.organisation.OrganisationAdministration;
import fr.pilotis.organisation.ProgrammePhase;
import fr.pilotis.organisation.StructureDetails;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureType;
import fr.pilotis.referential.CriterionView;
import fr.pilotis.referential.ReferentialVersions;
import fr.pilotis.shared.Actor;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.Tenancy;
import fr.pilotis.support.PilotisTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A diagnostic from its first answer to its validation, and the rates it yields, in a network of its own. */
@PilotisTest
class SelfDiagnosticLifecycleTests {

    @Autowired
    Networks networks;

    @Autowired
    OrganisationAdministration organisation;

    @Autowired
    ReferentialVersions referentialVersions;

    @Autowired
    Campaigns campaigns;

    @Autowired
    SelfDiagnostics diagnostics;

    @Autowired
    DiagnosticResults results;

    @Autowired
    PeopleAdministration people;

    Actor referent;
    Actor otherReferent;
    Actor expert;

    long network;
    long unionId;
    long structureA;
    long structureB;
    long campaignId;

    @BeforeEach
    void aNetworkWithTwoStructuresAndAnOpenCampaign() {
        String slug = "diag-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
        network = Tenancy.callAcrossNetworks(() -> networks.create("Réseau " + slug, slug));
        Tenancy.runInNetwork(network, () -> {
            unionId = organisation.createUnion("UT test");
            structureA = organisation.createStructure(structure("130000001", "SSIAD A"));
            structureB = organisation.createStructure(structure("130000002", "SAAD B"));
            long referential = referentialVersions.installDefaultIfNone();
            referent = person(slug, "referente", "Référente", "Test");
            otherReferent = person(slug, "autre", "Autre", "Référent");
            expert = person(slug, "expert", "Expert", "Test");
            campaignId = campaigns.open(new OpenCampaign(
                    2026,
                    referential,
                    LocalDate.now().minusDays(10),
                    LocalDate.now().plusDays(30),
                    false));
        });
    }

    Actor person(String slug, String who, String firstName, String lastName) {
        long id = people.createActivatedPerson(
                new PersonDetails(who + "@" + slug + ".fr", firstName, lastName, null, null), "{noop}unused");
        return new Actor(id, firstName + " " + lastName);
    }

    StructureDetails structure(String finess, String name) {
        return new StructureDetails(
                finess, name, StructureType.SSIAD, "13", unionId, null, ProgrammePhase.DEPLOYMENT, null, null);
    }

    <T> T inNetwork(java.util.function.Supplier<T> work) {
        return Tenancy.callInNetwork(network, work);
    }

    @Test
    void referentAnswersSubmitsAndTheExpertValidatesWithTheirOwnRatings() {
        long diagnosticId = inNetwork(() -> campaigns.diagnosticFor(campaignId, structureA));
        List<CriterionView> criteria =
                inNetwork(() -> diagnostics.view(diagnosticId)).referential().criteria();
        assertThat(criteria).hasSize(49);

        // 4.1: first criterion not applicable (justified), every other one Conforme but one partial
        for (CriterionView c : criteria) {
            Rating rating = c == criteria.get(0)
                    ? Rating.NON_APPLICABLE
                    : c == criteria.get(1) ? Rating.PARTIEL : Rating.CONFORME;
            SaveOutcome saved = inNetwork(() -> diagnostics.saveAnswer(
                    diagnosticId,
                    c.id(),
                    new AnswerInput(
                            rating, rating == Rating.NON_APPLICABLE ? "Pas d'accueil physique" : null, null, null),
                    referent));
            assertThat(saved.saved()).isTrue();
        }
        inNetwork(() -> {
            diagnostics.submit(diagnosticId, referent);
            return null;
        });
        assertThatThrownBy(() -> inNetwork(() -> diagnostics.saveAnswer(
                        diagnosticId,
                        criteria.get(2).id(),
                        new AnswerInput(Rating.NON_CONFORME, null, null, 1),
                        referent)))
                .isInstanceOf(InvalidInputException.class);

        // the expert agrees everywhere but finds criterion 3 only partially met
        DiagnosticView submitted = inNetwork(() -> diagnostics.view(diagnosticId));
        for (CriterionView c : criteria) {
            AnswerView answer = submitted.answerTo(c);
            boolean corrects = c == criteria.get(2);
            inNetwork(() -> diagnostics.review(
                    diagnosticId,
                    c.id(),
                    new ReviewInput(
                            !corrects,
                            corrects ? Rating.PARTIEL : null,
                            corrects ? "Procédure non datée" : null,
                            answer.version()),
                    expert));
        }
        inNetwork(() -> {
            diagnostics.validate(diagnosticId, expert);
            return null;
        });

        // declared: 47 met of 48 applicable; validated: 46 of 48
        ResultsTable declared =
                inNetwork(() -> results.structureTable(campaignId, StructureScope.wholeNetwork(), RateBasis.DECLARED));
        ResultsTable validated =
                inNetwork(() -> results.structureTable(campaignId, StructureScope.wholeNetwork(), RateBasis.VALIDATED));
        assertThat(declared.rows()).hasSize(1);
        assertThat(declared.rows().get(0).moduleRate()).isCloseTo(47 * 100.0 / 48, within(1e-9));
        assertThat(validated.rows().get(0).moduleRate()).isCloseTo(46 * 100.0 / 48, within(1e-9));
        List<GapRow> gaps = inNetwork(() -> results.gaps(campaignId, StructureScope.wholeNetwork()));
        assertThat(gaps.get(0).moduleGap()).isCloseTo(100.0 / 48, within(1e-9));
        assertThat(inNetwork(
                        () -> diagnostics.history(diagnosticId, criteria.get(2).id())))
                .extracting(AnswerChangeView::kind)
                .contains("ANSWER", "REVIEW");
    }

    @Test
    void theLaterOfTwoConcurrentSavesIsRefusedWithTheOtherPersonsValue() {
        long diagnosticId = inNetwork(() -> campaigns.diagnosticFor(campaignId, structureA));
        long criterion = inNetwork(() -> diagnostics.view(diagnosticId))
                .referential()
                .criteria()
                .get(0)
                .id();

        SaveOutcome first = inNetwork(() -> diagnostics.saveAnswer(
                diagnosticId, criterion, new AnswerInput(Rating.CONFORME, null, "vu", null), referent));
        SaveOutcome second = inNetwork(() -> diagnostics.saveAnswer(
                diagnosticId, criterion, new AnswerInput(Rating.NON_CONFORME, null, null, null), otherReferent));

        assertThat(first.saved()).isTrue();
        assertThat(second.saved()).isFalse();
        assertThat(second.current().rating()).isEqualTo(Rating.CONFORME);
        assertThat(second.current().updatedByName()).isEqualTo("Référente Test");
        assertThat(inNetwork(() -> diagnostics.view(diagnosticId))
                        .answerTo(inNetwork(() -> diagnostics.view(diagnosticId))
                                .referential()
                                .criteria()
                                .get(0))
                        .rating())
                .isEqualTo(Rating.CONFORME);
    }

    @Test
    void nonApplicableNeedsAJustificationAndAnIncompleteDiagnosticCannotBeSubmitted() {
        long diagnosticId = inNetwork(() -> campaigns.diagnosticFor(campaignId, structureB));
        long criterion = inNetwork(() -> diagnostics.view(diagnosticId))
                .referential()
                .criteria()
                .get(0)
                .id();

        assertThatThrownBy(() -> inNetwork(() -> diagnostics.saveAnswer(
                        diagnosticId, criterion, new AnswerInput(Rating.NON_APPLICABLE, "  ", null, null), referent)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.Problem::field)
                        .containsExactly("justification"));
        assertThatThrownBy(() -> inNetwork(() -> {
                    diagnostics.submit(diagnosticId, referent);
                    return null;
                }))
                .isInstanceOf(InvalidInputException.class);
        assertThat(inNetwork(() -> diagnostics.view(diagnosticId)).status()).isEqualTo(DiagnosticStatus.DRAFT);
    }

    @Test
    void averagesAreTheMeanOfStructureRatesAndHiddenBelowTheMinimumCount() {
        long a = inNetwork(() -> campaigns.diagnosticFor(campaignId, structureA));
        long b = inNetwork(() -> campaigns.diagnosticFor(campaignId, structureB));
        answerAll(a, Rating.CONFORME); // 100 %
        answerAll(b, null); // alternate Conforme / Non conforme: 25 of 49
        ResultsTable table =
                inNetwork(() -> results.structureTable(campaignId, StructureScope.wholeNetwork(), RateBasis.DECLARED));
        assertThat(table.average().moduleRate()).isCloseTo((100.0 + 25 * 100.0 / 49) / 2, within(1e-9));
        assertThat(inNetwork(() -> results.average(
                        campaignId,
                        new StructureScope(false, Set.of(unionId), Set.of(), Set.of(), Set.of()),
                        RateBasis.DECLARED,
                        5)))
                .isEmpty();
        ResultsTable unions = inNetwork(() -> results.unionTable(campaignId, RateBasis.DECLARED));
        assertThat(unions.rows())
                .singleElement()
                .satisfies(row -> assertThat(row.structureCount()).isEqualTo(2));
    }

    void answerAll(long diagnosticId, Rating rating) {
        List<CriterionView> criteria =
                inNetwork(() -> diagnostics.view(diagnosticId)).referential().criteria();
        for (int i = 0; i < criteria.size(); i++) {
            Rating r = rating != null ? rating : i % 2 == 0 ? Rating.CONFORME : Rating.NON_CONFORME;
            long id = criteria.get(i).id();
            inNetwork(() -> diagnostics.saveAnswer(diagnosticId, id, new AnswerInput(r, null, null, null), referent));
        }
        inNetwork(() -> {
            diagnostics.submit(diagnosticId, referent);
            return null;
        });
    }
}
