package fr.pilotis.referential;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotis.access.PeopleAdministration;
import fr.pilotis.access.PersonDetails;
import fr.pilotis.diagnostic.AnswerInput;
import fr.pilotis.diagnostic.Campaigns;
import fr.pilotis.diagnostic.DiagnosticView;
import fr.pilotis.diagnostic.OpenCampaign;
import fr.pilotis.diagnostic.Rating;
import fr.pilotis.diagnostic.SelfDiagnostics;
import fr.pilotis.organisation.Networks;
import fr.pilotis.organisation.OrganisationAdministration;
import fr.pilotis.organisation.ProgrammePhase;
import fr.pilotis.organisation.StructureDetails;
import fr.pilotis.organisation.StructureType;
import fr.pilotis.shared.Actor;
import fr.pilotis.shared.Tenancy;
import fr.pilotis.support.PilotisTest;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

/** Importing a new version never changes a diagnostic answered against an older one. */
@PilotisTest
class PastDiagnosticsKeepTheirVersionTests {

    @Autowired
    Networks networks;

    @Autowired
    OrganisationAdministration organisation;

    @Autowired
    PeopleAdministration people;

    @Autowired
    ReferentialVersions versions;

    @Autowired
    ReferentialImport imports;

    @Autowired
    ReferentialCatalog catalog;

    @Autowired
    Campaigns campaigns;

    @Autowired
    SelfDiagnostics diagnostics;

    long network;

    @Test
    void aDiagnosticAnsweredAgainstVersionOneStillShowsVersionOneAfterVersionTwoIsImported() {
        String slug = "garde-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
        network = Tenancy.callAcrossNetworks(() -> networks.create("Réseau " + slug, slug));
        long structureId = inNetwork(() -> {
            long unionId = organisation.createUnion("UT " + slug);
            return organisation.createStructure(new StructureDetails(
                    "130000009",
                    "SSIAD " + slug,
                    StructureType.SSIAD,
                    "13",
                    unionId,
                    null,
                    ProgrammePhase.DEPLOYMENT,
                    null,
                    null));
        });
        long referentId = inNetwork(() -> people.createActivatedPerson(
                new PersonDetails("referente@" + slug + ".fr", "Rose", "Martin", null, null), "{noop}unused"));
        Actor referent = new Actor(referentId, "Rose Martin");
        long v1 = inNetwork(versions::installDefaultIfNone);
        long campaignId = inNetwork(() -> campaigns.open(new OpenCampaign(
                2025, v1, LocalDate.now().minusDays(5), LocalDate.now().plusDays(30), false)));
        long diagnosticId = inNetwork(() -> campaigns.diagnosticFor(campaignId, structureId));
        ReferentialVersion version1 = inNetwork(() -> catalog.version(v1));
        CriterionView first = version1.criteria().get(0);
        inNetwork(() -> diagnostics.saveAnswer(
                diagnosticId,
                first.id(),
                new AnswerInput(Rating.CONFORME, null, "Affiché à l'accueil", null),
                referent));

        // version 2: the first criterion renamed, the last one removed
        byte[] changed = TestWorkbooks.edited(workbook -> {
            Sheet criteria = workbook.getSheet("Critères");
            criteria.getRow(1).getCell(3).setCellValue("Intitulé réécrit dans la version 2");
            criteria.removeRow(criteria.getRow(49));
        });
        ReferentialSummary version2 =
                inNetwork(() -> imports.importWorkbook(changed.length, new ByteArrayResource(changed)));
        assertThat(version2.version()).isEqualTo(2);
        assertThat(version2.criterionCount()).isEqualTo(48);

        DiagnosticView diagnostic = inNetwork(() -> diagnostics.view(diagnosticId));
        assertThat(diagnostic.referential().summary().id()).isEqualTo(v1);
        assertThat(diagnostic.referential().summary().version()).isEqualTo(1);
        assertThat(diagnostic.referential().criteria()).hasSize(49);
        assertThat(diagnostic.referential().criteria()).isEqualTo(version1.criteria());
        assertThat(diagnostic.referential().criteria().get(0).title())
                .isEqualTo(first.title())
                .isNotEqualTo("Intitulé réécrit dans la version 2");
        assertThat(diagnostic.answerTo(first).rating()).isEqualTo(Rating.CONFORME);
        assertThat(diagnostic.answerTo(first).comment()).isEqualTo("Affiché à l'accueil");

        // a campaign opened on version 2 gets version 2's criteria
        long campaign2 = inNetwork(() -> campaigns.open(new OpenCampaign(
                2026,
                version2.id(),
                LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(30),
                false)));
        long diagnostic2 = inNetwork(() -> campaigns.diagnosticFor(campaign2, structureId));
        ReferentialVersion seen2 = inNetwork(() -> diagnostics.view(diagnostic2).referential());
        assertThat(seen2.criteria()).hasSize(48);
        assertThat(seen2.criteria().get(0).title()).isEqualTo("Intitulé réécrit dans la version 2");
    }

    <T> T inNetwork(Supplier<T> work) {
        return Tenancy.callInNetwork(network, work);
    }
}
