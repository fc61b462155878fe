package fr.pilotis.diagnostic;

import fr.pilotis.referential.ReferentialCatalog;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.NotFoundException;
import fr.pilotis.shared.Tenancy;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Campaign years: the network admin opens one, and every structure of the network gets its diagnostic. */
@Service
@Transactional
public class Campaigns {

    private final CampaignRepository campaigns;
    private final DiagnosticRepository diagnostics;
    private final ReferentialCatalog referentials;
    private final JdbcTemplate jdbc;

    Campaigns(
            CampaignRepository campaigns,
            DiagnosticRepository diagnostics,
            ReferentialCatalog referentials,
            JdbcTemplate jdbc) {
        this.campaigns = campaigns;
        this.diagnostics = diagnostics;
        this.referentials = referentials;
        this.jdbc = jdbc;
    }

    public long open(OpenCampaign request) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (request.year() == null) {
            problems.reject("year", "validation.required");
        } else if (request.year() < 2000 || request.year() > 2100) {
            problems.reject("year", "diagnostic.campaign.yearRange");
        } else if (campaigns.existsByYear(request.year())) {
            problems.reject("year", "diagnostic.campaign.yearTaken", request.year());
        }
        if (request.referentialId() == null) {
            problems.reject("referentialId", "validation.required");
        } else if (referentials.versions().stream().noneMatch(r -> r.id() == request.referentialId())) {
            problems.reject("referentialId", "diagnostic.campaign.referentialUnknown");
        }
        if (request.opensOn() == null) {
            problems.reject("opensOn", "validation.required");
        }
        if (request.closesOn() == null) {
            problems.reject("closesOn", "validation.required");
        } else if (request.opensOn() != null && request.closesOn().isBefore(request.opensOn())) {
            problems.reject("closesOn", "diagnostic.campaign.datesOrder");
        }
        problems.throwIfAny();
        Campaign campaign = campaigns.saveAndFlush(new Campaign(
                request.year(),
                request.referentialId(),
                request.opensOn(),
                request.closesOn(),
                request.directorSignOff()));
        // One diagnostic per structure of the network, in one statement (22,000 structures nationally).
        jdbc.update(
                "insert into diagnostic (id, network_id, campaign_id, structure_id, status)"
                        + " select nextval('diagnostic_seq'), s.network_id, ?, s.id, 'DRAFT'"
                        + " from structure s where s.network_id = ?"
                        + " and not exists (select 1 from diagnostic d where d.campaign_id = ? and d.structure_id = s.id)",
                campaign.getId(),
                Tenancy.currentNetworkId(),
                campaign.getId());
        return campaign.getId();
    }

    /** A structure added after its campaign opened gets its diagnostic when it starts it. */
    public long diagnosticFor(long campaignId, long structureId) {
        campaigns.findById(campaignId).orElseThrow(NotFoundException::new);
        jdbc.update(
                "insert into diagnostic (id, network_id, campaign_id, structure_id, status)"
                        + " select nextval('diagnostic_seq'), ?, ?, ?, 'DRAFT'"
                        + " where not exists (select 1 from diagnostic d where d.campaign_id = ? and d.structure_id = ?)",
                Tenancy.currentNetworkId(),
                campaignId,
                structureId,
                campaignId,
                structureId);
        Long id = jdbc.queryForObject(
                "select id from diagnostic where network_id = ? and campaign_id = ? and structure_id = ?",
                Long.class,
                Tenancy.currentNetworkId(),
                campaignId,
                structureId);
        return id;
    }

    @Transactional(readOnly = true)
    public List<CampaignView> list() {
        return campaigns.findAllByOrderByYearDesc().stream().map(Campaign::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<CampaignView> byYear(int year) {
        return campaigns.findByYear(year).map(Campaign::view);
    }

    @Transactional(readOnly = true)
    public Optional<CampaignView> find(long campaignId) {
        return campaigns.findById(campaignId).map(Campaign::view);
    }

    /** For each campaign, how many of its diagnostics are in each status. */
    @Transactional(readOnly = true)
    public Map<Long, Map<DiagnosticStatus, Long>> diagnosticCounts() {
        Map<Long, Map<DiagnosticStatus, Long>> counts = new HashMap<>();
        for (Object[] row : diagnostics.countByCampaignAndStatus()) {
            counts.computeIfAbsent((Long) row[0], id -> new EnumMap<>(DiagnosticStatus.class))
                    .put((DiagnosticStatus) row[1], (Long) row[2]);
        }
        return counts;
    }

    @Transactional(readOnly = true)
    public Optional<CampaignView> latest() {
        return campaigns.findAllByOrderByYearDesc().stream().findFirst().map(Campaign::view);
    }
}
