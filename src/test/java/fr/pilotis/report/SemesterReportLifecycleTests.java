package fr.pilotis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.pilotis.indicator.Indicators;
import fr.pilotis.organisation.Networks;
import fr.pilotis.organisation.OrganisationAdministration;
import fr.pilotis.organisation.ProgrammePhase;
import fr.pilotis.organisation.StructureDetails;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureType;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.Tenancy;
import fr.pilotis.support.PilotisTest;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The report lifecycle and the « bilans semestriels soumis » ratio, in a network of their own. */
@PilotisTest
class SemesterReportLifecycleTests {

    static final Semester S1_2016 = new Semester(2016, 1);
    static final Semester S2_2016 = new Semester(2016, 2);
    static final Semester S2_2015 = new Semester(2015, 2);

    @Autowired
    Networks networks;

    @Autowired
    OrganisationAdministration organisation;

    @Autowired
    SemesterReports reports;

    @Autowired
    Indicators indicators;

    @Autowired
    JdbcTemplate jdbc;

    long network;
    long union;
    long structureA;
    long structureB;

    @BeforeEach
    void aNetworkWithTwoStructures() {
        String slug = "report-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
        network = Tenancy.callAcrossNetworks(() -> networks.create("Réseau " + slug, slug));
        Tenancy.runInNetwork(network, () -> {
            union = organisation.createUnion("UT bilans");
            structureA = organisation.createStructure(new StructureDetails(
                    "130000021",
                    "SSIAD Bilan A",
                    StructureType.SSIAD,
                    "13",
                    union,
                    null,
                    ProgrammePhase.DEPLOYMENT,
                    null,
                    null));
            structureB = organisation.createStructure(new StructureDetails(
                    "130000022",
                    "SAAD Bilan B",
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

    static ReportContent completeStructure() {
        return new ReportContent(
                LocalDate.of(2016, 7, 5),
                "Marseille",
                "Claire Martin",
                "Claire Martin",
                "Référente qualité",
                "claire.martin@example.fr",
                "04 91 00 00 00",
                null,
                null,
                null,
                null,
                "Réunion d'équipe hebdomadaire",
                "Livret d'accueil",
                "b1",
                "b2",
                "b3",
                "b4",
                "b5",
                "b6",
                "b7",
                "b8",
                "b9",
                "Livret d'accueil validé",
                null,
                null,
                null,
                null);
    }

    static ReportContent completeUnion() {
        return new ReportContent(
                LocalDate.of(2016, 7, 5),
                "Marseille",
                "Paul Pilote",
                "Paul Pilote",
                "Pilote",
                "pilote@example.fr",
                null,
                "Thème 4.1",
                "Trois actions terminées",
                "Bonne dynamique",
                "Échanges de procédures",
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
                "Planning et comptes rendus",
                null,
                null,
                null,
                null);
    }

    long submittedStructureReport(long structure, Semester semester) {
        long id = in(() -> reports.openForStructure(structure, semester, 0, "Claire Martin"));
        run(() -> reports.submit(id, completeStructure(), "Claire Martin"));
        return id;
    }

    Double submittedRate(int year, StructureScope scope) {
        return in(() -> indicators
                .values(year, scope)
                .of(ReportIndicators.SUBMITTED)
                .orElseThrow()
                .value());
    }

    @Test
    void aSubmitWithMissingFieldsListsEveryErrorAndSavesNothing() {
        long id = in(() -> reports.openForStructure(structureA, S1_2016, 0, "Claire Martin"));
        ReportView opened = in(() -> reports.view(id));
        // pre-filled: made today by the writer
        assertThat(opened.content().madeBy()).isEqualTo("Claire Martin");
        assertThat(opened.content().madeOn()).isEqualTo(reports.today());
        ReportContent draft = completeStructure().withMade(LocalDate.of(2016, 7, 1), "Claire Martin");
        run(() -> reports.saveDraft(id, draft));

        ReportContent c = completeStructure();
        ReportContent incomplete = new ReportContent(
                c.madeOn(),
                " ",
                c.madeBy(),
                c.authorName(),
                c.authorFunction(),
                "pas-un-courriel",
                c.authorPhone(),
                null,
                null,
                null,
                null,
                null,
                c.finishedTools(),
                c.benefitEfficiency(),
                null,
                c.benefitInformation(),
                c.benefitMissions(),
                c.benefitPractices(),
                c.benefitServiceQuality(),
                c.benefitTraceability(),
                c.benefitRiskControl(),
                c.benefitCommunication(),
                "",
                null,
                null,
                null,
                "Nouvelle remarque");
        assertThatThrownBy(() -> run(() -> reports.submit(id, incomplete, "Claire Martin")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactlyInAnyOrder(
                                        "madeAt",
                                        "authorEmail",
                                        "organisationalMeasures",
                                        "benefitUserRelations",
                                        "deliverables"));

        ReportView after = in(() -> reports.view(id));
        assertThat(after.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(after.content()).isEqualTo(draft);
        assertThat(after.figures().asOf()).isNull();
        assertThat(jdbc.queryForObject("select figures_snapshot from semester_report where id = ?", String.class, id))
                .isNull();
    }

    @Test
    void aSubmittedReportIsReadOnlyAndOnlyThenSigned() {
        long id = in(() -> reports.openForStructure(structureA, S1_2016, 0, "Claire Martin"));
        assertThatThrownBy(() -> run(() -> reports.signOff(id, "Le directeur")))
                .isInstanceOf(InvalidInputException.class);

        run(() -> reports.submit(id, completeStructure(), "Claire Martin"));
        ReportView submitted = in(() -> reports.view(id));
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(submitted.submittedBy()).isEqualTo("Claire Martin");
        assertThat(submitted.figures().asOf()).isEqualTo(submitted.submittedAt());
        assertThatThrownBy(() -> run(() -> reports.saveDraft(id, ReportContent.empty())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems().get(0).messageKey())
                                .isEqualTo("report.readOnly"));
        assertThatThrownBy(() -> run(() -> reports.submit(id, completeStructure(), "Claire Martin")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(in(() -> reports.view(id)).content()).isEqualTo(completeStructure());

        run(() -> reports.signOff(id, "Le directeur"));
        ReportView signed = in(() -> reports.view(id));
        assertThat(signed.status()).isEqualTo(ReportStatus.SIGNED);
        assertThat(signed.signedBy()).isEqualTo("Le directeur");
        assertThat(signed.signedAt()).isNotNull();

        // a UT report is never signed
        long unionReport = in(() -> reports.openForUnion(union, S1_2016, 0, "Paul Pilote"));
        run(() -> reports.submit(unionReport, completeUnion(), "Paul Pilote"));
        assertThatThrownBy(() -> run(() -> reports.signOff(unionReport, "Le directeur")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theSubmittedFiguresStayAsTheyWereWhenTheDataChange() {
        long unionReport = in(() -> reports.openForUnion(union, S1_2016, 0, "Paul Pilote"));
        run(() -> reports.submit(unionReport, completeUnion(), "Paul Pilote"));
        // no structure had submitted: 0 of 2 structures × 2 semesters due
        assertThat(in(() -> reports.view(unionReport)).figures().value(ReportIndicators.SUBMITTED, 2016))
                .isEqualTo(0.0);

        submittedStructureReport(structureA, S1_2016);
        StructureScope ut = ReportFigures.unionScope(union);
        assertThat(submittedRate(2016, ut)).isCloseTo(25.0, within(1e-9));
        // the submitted report still says 0 %, the live figures of a draft follow the data
        assertThat(in(() -> reports.view(unionReport)).figures().value(ReportIndicators.SUBMITTED, 2016))
                .isEqualTo(0.0);
        long draft = in(() -> reports.openForUnion(union, S2_2016, 0, "Paul Pilote"));
        assertThat(in(() -> reports.view(draft)).figures().value(ReportIndicators.SUBMITTED, 2016))
                .isCloseTo(25.0, within(1e-9));
    }

    @Test
    void theSubmittedRatioCountsTheYearsSemestersOnceDue() {
        // 2016: A submits both semesters, B the first only and drafts the second: 3 ÷ (2 × 2)
        submittedStructureReport(structureA, S1_2016);
        submittedStructureReport(structureA, S2_2016);
        submittedStructureReport(structureB, S1_2016);
        in(() -> reports.openForStructure(structureB, S2_2016, 0, "B"));
        // 2015: only S2 is part of the programme; A submitted it: 1 ÷ (2 × 1)
        submittedStructureReport(structureA, S2_2015);
        // a UT report is not a structure's
        long unionReport = in(() -> reports.openForUnion(union, S2_2016, 0, "Paul Pilote"));
        run(() -> reports.submit(unionReport, completeUnion(), "Paul Pilote"));

        StructureScope ut = ReportFigures.unionScope(union);
        StructureScope onlyB = new StructureScope(false, Set.of(), Set.of(), Set.of(structureB), Set.of());
        assertThat(submittedRate(2016, ut)).isCloseTo(75.0, within(1e-9));
        assertThat(submittedRate(2016, onlyB)).isCloseTo(50.0, within(1e-9));
        assertThat(submittedRate(2015, ut)).isCloseTo(50.0, within(1e-9));
        assertThat(submittedRate(2017, ut)).isCloseTo(0.0, within(1e-9));
        assertThat(in(() -> indicators.years())).contains(2015, 2016);

        // the admin moves S2 2016's due date past today: only S1 is expected, both submitted it
        run(() -> reports.setDueDate(S2_2016, reports.today().plusDays(10)));
        assertThat(submittedRate(2016, ut)).isCloseTo(100.0, within(1e-9));
        assertThat(in(() -> reports.dueOn(S2_2016))).isEqualTo(reports.today().plusDays(10));
        assertThat(in(() -> reports.dueOn(S1_2016))).isEqualTo(LocalDate.of(2016, 7, 10));
        assertThatThrownBy(() -> run(() -> reports.setDueDate(S1_2016, LocalDate.of(2015, 12, 1))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theListsShowStatusesAndOverdueSemesters() {
        submittedStructureReport(structureA, S1_2016);
        var rows = in(() -> reports.structuresOfUnion(union, java.util.List.of(S1_2016)));
        assertThat(rows).hasSize(2);
        var a = rows.stream()
                .filter(r -> r.structure().id() == structureA)
                .findFirst()
                .orElseThrow();
        var b = rows.stream()
                .filter(r -> r.structure().id() == structureB)
                .findFirst()
                .orElseThrow();
        assertThat(a.lines().get(0).status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(a.lines().get(0).overdue()).isFalse();
        assertThat(b.lines().get(0).reportId()).isNull();
        assertThat(b.lines().get(0).overdue()).isTrue();
        var network = in(() -> reports.network(S1_2016));
        assertThat(network).singleElement().satisfies(row -> {
            assertThat(row.structures()).isEqualTo(2);
            assertThat(row.submitted()).isEqualTo(1);
            assertThat(row.overdue()).isEqualTo(1);
            assertThat(row.unionReport().overdue()).isTrue();
        });
        // S2 2015 is the first semester; the current one is offered
        assertThat(reports.semesters()).first().isEqualTo(Semester.of(reports.today()));
        assertThat(reports.semesters()).last().isEqualTo(S2_2015);
    }
}
