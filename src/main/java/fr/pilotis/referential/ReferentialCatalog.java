package fr.pilotis.referential;

import fr.pilotis.shared.NotFoundException;
import fr.pilotis.shared.Tenancy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads référentiel versions. A saved version never changes, so its criteria are kept in memory
 * once read, keyed by network and id: the diagnostic pages read them on every request.
 */
@Service
@Transactional(readOnly = true)
public class ReferentialCatalog {

    private record Key(long networkId, long referentialId) {}

    private final ReferentialRepository referentials;
    private final ReferentialThemeRepository themes;
    private final CriterionRepository criteria;
    private final Map<Key, ReferentialVersion> versions = new ConcurrentHashMap<>();

    ReferentialCatalog(
            ReferentialRepository referentials, ReferentialThemeRepository themes, CriterionRepository criteria) {
        this.referentials = referentials;
        this.themes = themes;
        this.criteria = criteria;
    }

    public List<ReferentialSummary> versions() {
        List<Referential> all = referentials.findAllByOrderByVersionDesc();
        Map<Long, Long> counts = criteria
                .countByReferential(all.stream().map(Referential::getId).toList())
                .stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return all.stream()
                .map(r -> summary(r, counts.getOrDefault(r.getId(), 0L)))
                .toList();
    }

    public Optional<ReferentialSummary> latest() {
        return referentials.findFirstByOrderByVersionDesc().map(r -> summary(r, -1));
    }

    /** The version with its themes and criteria; 404 when it is not one of the network's. */
    public ReferentialVersion version(long referentialId) {
        Key key = new Key(Tenancy.currentNetworkId(), referentialId);
        ReferentialVersion cached = versions.get(key);
        if (cached != null) {
            return cached;
        }
        Referential referential = referentials.findById(referentialId).orElseThrow(NotFoundException::new);
        List<ThemeView> themeViews = themes.findByReferentialIdOrderByPosition(referentialId).stream()
                .map(ReferentialTheme::view)
                .toList();
        Map<Long, ThemeView> byId = themeViews.stream().collect(Collectors.toMap(ThemeView::id, Function.identity()));
        List<CriterionView> criterionViews = criteria.findByReferentialIdOrderByPosition(referentialId).stream()
                .map(c -> c.view(byId.get(c.getThemeId())))
                .toList();
        ReferentialVersion version =
                new ReferentialVersion(summary(referential, criterionViews.size()), themeViews, criterionViews);
        versions.put(key, version);
        return version;
    }

    private static ReferentialSummary summary(Referential r, long criterionCount) {
        return new ReferentialSummary(
                r.getId(),
                r.getVersion(),
                r.getName(),
                r.getDescription(),
                r.getSource() == Referential.Source.DEFAULT,
                r.getCreatedAt(),
                criterionCount);
    }
}
