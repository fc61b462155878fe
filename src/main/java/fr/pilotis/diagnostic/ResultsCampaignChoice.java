package fr.pilotis.diagnostic;

import java.util.List;

/** The campaigns a results page offers, the one shown (null when there is none yet) and the basis of its rates. */
public record ResultsCampaignChoice(List<CampaignView> campaigns, CampaignView chosen, RateBasis basis) {

    public Integer year() {
        return chosen == null ? null : chosen.year();
    }

    public List<RateBasis> bases() {
        return List.of(RateBasis.values());
    }

    public boolean validated() {
        return basis == RateBasis.VALIDATED;
    }
}
