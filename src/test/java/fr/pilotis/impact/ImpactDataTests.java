package fr.pilotis.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.pilotis.organisation.Networks;
import fr.pilotis.organisation.OrganisationAdministration;
import fr.pilotis.organisation.ProgrammePhase;
import fr.pilotis.organisation.StructureDetails;
import fr.pilotis.organisation.StructureType;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.Tenancy;
import fr.pilotis.support.PilotisTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Impact data and the complaints register on hand-computed cases, in a network of their own. */
@PilotisTest
class ImpactDataTests {

    @Autowired
    Networks networks;

    @Autowired
    OrganisationAdministration organisation;

    @Autowired
    ImpactData impact;

    @Autowired
    ComplaintRegister register;

    @Autowired
    ImpactFigures figures;

    long network;
    long structureA;
    long structureB;

    @BeforeEach
    void aNetworkWithTwoStructures() {
        String slug = "impact-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
        network = Tenancy.callAcrossNetworks(() -> networks.create("Réseau " + slug, slug));
        Tenancy.runInNetwork(network, () -> {
            long union = organisation.createUnion("UT impact");
            structureA = organisation.createStructure(new StructureDetails(
                    "130000011",
                    "SSIAD Impact A",
                    StructureType.SSIAD,
                    "13",
                    union,
                    null,
                    ProgrammePhase.DEPLOYMENT,
                    null,
                    null));
            structureB = organisation.createStructure(new StructureDetails(
                    "130000012",
                    "SAAD Impact B",
                    StructureType.SAAD,
                    "13",
                    union,
                    null,
                    ProgrammePhase.DEPLOYMENT,
                    null,
                    null));
        });
    }

    <T> T in(Supplier<T> work) {
        return Tenancy.callInNetwork(network, work);
    }

    void run(Runnable work) {
        Tenancy.runInNetwork(network, work);
    }

    static ImpactYearInput totals(
            Integer clients, Integer sent, Integer returned, Integer very, Integer sat, Integer notVery, Integer not) {
        return new ImpactYearInput(clients, SurveyMode.TOTALS, sent, returned, very, sat, notVery, not, "Synthèse");
    }

    static ComplaintInput complaint(LocalDate on, String reference) {
        return new ComplaintInput(
                on,
                ComplaintChannel.WRITTEN,
                reference,
                ComplaintCategory.CONTRACT_BILLING,
                "Facture erronée",
                null,
                null,
                false);
    }

    @Test
    void percentSatisfiedAndUnhappyWithAClientComplainingTwice() {
        run(() -> impact.save(structureA, 2016, totals(120, 100, 40, 12, 18, 6, 4)));
        // three complaints in 2016 from two clients (one complains twice, typing the reference with
        // other case and spaces), one in 2015 not counted
        run(() -> register.record(structureA, complaint(LocalDate.of(2016, 2, 3), "DOS-001")));
        run(() -> register.record(structureA, complaint(LocalDate.of(2016, 9, 12), " dos - 001 ")));
        run(() -> register.record(structureA, complaint(LocalDate.of(2016, 12, 31), "DOS-002")));
        run(() -> register.record(structureA, complaint(LocalDate.of(2015, 12, 31), "DOS-003")));

        StructureImpact a = in(() -> figures.forStructure(2016, structureA));
        assertThat(a.complaints()).isEqualTo(3);
        assertThat(a.complainingClients()).isEqualTo(2);
        // (12 + 18) ÷ 40 = 75 %; 2 ÷ 120 = 1,666… %
        assertThat(a.satisfiedRate()).isCloseTo(75.0, within(1e-9));
        assertThat(a.unhappyRate()).isCloseTo(100.0 * 2 / 120, within(1e-9));
        assertThat(a.qualitativeBenefits()).isEqualTo("Synthèse");
        assertThat(a.withoutText().qualitativeBenefits()).isNull();
    }

    @Test
    void oneBulkReadGivesEveryStructureItsFiguresAndSaysWhenAYearHasNoData() {
        run(() -> impact.save(structureA, 2017, totals(80, 50, 20, 5, 10, 3, 2)));
        Map<Long, StructureImpact> both = in(() -> figures.forStructures(2017, List.of(structureA, structureB)));
        assertThat(both).containsOnlyKeys(structureA, structureB);
        assertThat(both.get(structureA).entered()).isTrue();
        assertThat(both.get(structureA).satisfiedRate()).isCloseTo(75.0, within(1e-9));
        assertThat(both.get(structureB).entered()).isFalse();
        assertThat(both.get(structureB).satisfiedRate()).isNull();
        assertThat(both.get(structureB).unhappyRate()).isNull();
    }

    @Test
    void questionnairesEnteredOneByOneAreCountedAndReplaceTheTotals() {
        run(() -> impact.save(structureA, 2017, totals(80, 4, 2, 1, 1, 0, 0)));
        run(() ->
                impact.addQuestionnaire(structureA, 2017, LocalDate.of(2017, 3, 1), SatisfactionLevel.VERY_SATISFIED));
        run(() -> impact.addQuestionnaire(structureA, 2017, LocalDate.of(2017, 3, 2), SatisfactionLevel.SATISFIED));
        run(() -> impact.addQuestionnaire(structureA, 2017, LocalDate.of(2017, 3, 3), SatisfactionLevel.NOT_SATISFIED));

        StructureImpact a = in(() -> figures.forStructure(2017, structureA));
        assertThat(a.surveyMode()).isEqualTo(SurveyMode.QUESTIONNAIRES);
        assertThat(a.questionnairesReturned()).isEqualTo(3);
        assertThat(a.verySatisfied()).isEqualTo(1);
        assertThat(a.notSatisfied()).isEqualTo(1);
        assertThat(a.satisfiedRate()).isCloseTo(200.0 / 3, within(1e-9));

        // a date outside the year, and more questionnaires returned than the 4 sent, are refused
        assertThatThrownBy(() -> run(() -> impact.addQuestionnaire(
                        structureA, 2017, LocalDate.of(2016, 12, 31), SatisfactionLevel.SATISFIED)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(keys(e)).contains("impact.error.dateOutsideYear"));
        run(() -> impact.addQuestionnaire(structureA, 2017, LocalDate.of(2017, 4, 1), SatisfactionLevel.SATISFIED));
        assertThatThrownBy(() -> run(() -> impact.addQuestionnaire(
                        structureA, 2017, LocalDate.of(2017, 4, 2), SatisfactionLevel.SATISFIED)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(keys(e)).contains("impact.error.moreThanSent"));
        assertThat(in(() -> figures.forStructure(2017, structureA)).questionnairesReturned())
                .isEqualTo(4);
    }

    @Test
    void badCountsAreRefusedWithEveryProblemAndNothingIsSaved() {
        run(() -> impact.save(structureA, 2016, totals(100, 50, 20, 10, 5, 3, 2)));

        assertThatThrownBy(() -> run(() -> impact.save(structureA, 2016, totals(-1, 10, 12, 1, 1, 0, 0))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(keys(e))
                        .containsExactlyInAnyOrder("impact.error.negative", "impact.error.returnedAboveSent"));
        assertThatThrownBy(() -> run(() -> impact.save(structureA, 2016, totals(100, 50, 20, 15, 8, 0, 0))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(keys(e)).containsExactly("impact.error.satisfiedAboveReturned"));
        assertThatThrownBy(() -> run(() -> impact.save(structureA, 2016, totals(100, 50, 20, 5, 5, 6, 6))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(keys(e)).containsExactly("impact.error.answersAboveReturned"));

        StructureImpact kept = in(() -> figures.forStructure(2016, structureA));
        assertThat(kept.clientsServed()).isEqualTo(100);
        assertThat(kept.questionnairesReturned()).isEqualTo(20);
        assertThat(kept.verySatisfied()).isEqualTo(10);
    }

    @Test
    void theRegisterRefusesNamesEmailsAndAClosingBeforeTheComplaint() {
        LocalDate day = LocalDate.of(2016, 5, 10);
        assertThatThrownBy(() -> run(() -> register.record(structureA, complaint(day, "jeanne.martin@example.fr"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(keys(e)).containsExactly("impact.complaint.error.referenceEmail"));
        assertThatThrownBy(() -> run(() -> register.record(structureA, complaint(day, "Jeanne Martin"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(keys(e)).containsExactly("impact.complaint.warning.referenceName"));
        assertThatThrownBy(() -> run(() -> register.record(structureA, complaint(day, "Mme Dupont"))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> run(() -> register.record(
                        structureA,
                        new ComplaintInput(
                                day,
                                ComplaintChannel.ORAL,
                                "DOS-9",
                                ComplaintCategory.OTHER,
                                "Retard",
                                "Appel",
                                day.minusDays(1),
                                false))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(keys(e)).containsExactly("impact.complaint.error.closedBeforeReceived"));
        assertThat(in(() -> figures.forStructure(2016, structureA)).complaints())
                .isZero();

        // the referent confirms that a reference which looks like a name is a pseudonym
        run(() -> register.record(
                structureA,
                new ComplaintInput(
                        day,
                        ComplaintChannel.ORAL,
                        "Dossier Alpha",
                        ComplaintCategory.OTHER,
                        "Retard",
                        null,
                        null,
                        true)));
        assertThat(in(() -> figures.forStructure(2016, structureA)).complaints())
                .isEqualTo(1);
    }

    @Test
    void closingAComplaintNeedsTheAnswerGivenAndFiltersSeparateOpenFromClosed() {
        long open = in(() -> register.record(structureA, complaint(LocalDate.of(2016, 5, 10), "DOS-1")));
        long other = in(() -> register.record(structureA, complaint(LocalDate.of(2016, 6, 10), "DOS-2")));
        assertThatThrownBy(() -> run(() -> register.close(structureA, open, " ")))
                .isInstanceOf(InvalidInputException.class);
        run(() -> register.close(structureA, other, "Facture corrigée"));

        ComplaintRegister.Filter onlyOpen = new ComplaintRegister.Filter(true, null, null, null);
        ComplaintRegister.Filter onlyClosed = new ComplaintRegister.Filter(false, null, null, null);
        assertThat(in(() -> register.list(structureA, onlyOpen)))
                .extracting(ComplaintView::id)
                .containsExactly(open);
        assertThat(in(() -> register.list(structureA, onlyClosed)))
                .extracting(ComplaintView::id)
                .containsExactly(other);
        ComplaintRegister.Filter june =
                new ComplaintRegister.Filter(null, null, LocalDate.of(2016, 6, 1), LocalDate.of(2016, 6, 30));
        assertThat(in(() -> register.list(structureA, june)))
                .extracting(ComplaintView::id)
                .containsExactly(other);
        ComplaintRegister.Filter staff =
                new ComplaintRegister.Filter(null, ComplaintCategory.STAFF_BEHAVIOUR, null, null);
        assertThat(in(() -> register.list(structureA, staff))).isEmpty();
    }

    @Test
    void clientReferencesThatLookLikeNames() {
        assertThat(ClientReferences.looksLikeName("Jeanne Martin")).isTrue();
        assertThat(ClientReferences.looksLikeName("M. Durand")).isTrue();
        assertThat(ClientReferences.looksLikeName("DOS-2016-014")).isFalse();
        assertThat(ClientReferences.looksLikeName("client 14")).isFalse();
        assertThat(ClientReferences.looksLikeEmail("a.b@c.fr")).isTrue();
    }

    static List<String> keys(Throwable e) {
        return ((InvalidInputException) e)
                .problems().stream()
                        .map(InvalidInputException.Problem::messageKey)
                        .toList();
    }
}
