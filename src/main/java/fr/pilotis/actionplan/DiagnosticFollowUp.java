package fr.pilotis.actionplan;

import fr.pilotis.diagnostic.AnswerView;
import fr.pilotis.diagnostic.CampaignView;
import fr.pilotis.diagnostic.Campaigns;
import fr.pilotis.diagnostic.DiagnosticStatus;
import fr.pilotis.diagnostic.DiagnosticSummary;
import fr.pilotis.diagnostic.DiagnosticView;
import fr.pilotis.diagnostic.Rating;
import fr.pilotis.diagnostic.SelfDiagnostics;
import fr.pilotis.referential.CriterionView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the action plans read of the structure's diagnostics, through the diagnostic module's public
 * services: the criteria not met in its latest submitted diagnostic (the expert's rating once
 * validated, as the results page shows them), and where to update an answer once the action that
 * worked on it is done.
 */
@Component
class DiagnosticFollowUp {

    private final SelfDiagnostics diagnostics;
    private final Campaigns campaigns;
    private final Clock clock;

    DiagnosticFollowUp(SelfDiagnostics diagnostics, Campaigns campaigns, Clock clock) {
        this.diagnostics = diagnostics;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /** The criteria rated partiel or non conforme, with the campaign year; empty year without a submitted diagnostic. */
    record NotMet(Integer year, List<CriterionView> criteria) {}

    NotMet notMet(long structureId) {
        Optional<DiagnosticSummary> latest = diagnostics.ofStructure(structureId).stream()
                .filter(d -> d.status().isSubmitted())
                .findFirst();
        if (latest.isEmpty()) {
            return new NotMet(null, List.of());
        }
        DiagnosticView view = diagnostics.view(latest.get().id());
        boolean validated = view.status() == DiagnosticStatus.VALIDATED;
        List<CriterionView> notMet = new ArrayList<>();
        for (CriterionView criterion : view.referential().criteria()) {
            AnswerView answer = view.answerTo(criterion);
            Rating effective = validated && answer.reviewRating() != null ? answer.reviewRating() : answer.rating();
            if (effective == Rating.PARTIEL || effective == Rating.NON_CONFORME) {
                notMet.add(criterion);
            }
        }
        return new NotMet(view.campaign().year(), notMet);
    }

    /** Where the structure updates its answer to a criterion: a link into its open diagnostic. */
    record AnswerUpdate(String criterionCode, String location) {}

    /**
     * For each criterion code, the link to that criterion in the structure's diagnostic that is open
     * today (editable, campaign open); empty when no campaign is open for the structure.
     */
    Optional<List<AnswerUpdate>> answerUpdates(long structureId, List<String> criterionCodes) {
        LocalDate today = LocalDate.now(clock.withZone(ActionPlans.PARIS));
        for (DiagnosticSummary summary : diagnostics.ofStructure(structureId)) {
            Optional<CampaignView> campaign = campaigns.find(summary.campaignId());
            if (summary.status().isEditable()
                    && campaign.isPresent()
                    && campaign.get().isOpenOn(today)) {
                DiagnosticView view = diagnostics.view(summary.id());
                List<AnswerUpdate> updates = new ArrayList<>();
                for (String code : criterionCodes) {
                    view.referential().criteria().stream()
                            .filter(c -> c.code().equals(code))
                            .findFirst()
                            .ifPresent(c -> updates.add(new AnswerUpdate(code, location(view, c))));
                }
                return Optional.of(updates);
            }
        }
        return Optional.empty();
    }

    private static String location(DiagnosticView view, CriterionView criterion) {
        return UriComponentsBuilder.fromPath("/diagnostics/{diagnosticId}")
                .queryParam(
                        "theme",
                        view.referential().themesById().get(criterion.themeId()).code())
                .fragment("criterion-" + criterion.code())
                .buildAndExpand(view.id())
                .toUriString();
    }
}
