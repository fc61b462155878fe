package fr.pilotis.referential;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saves référentiel versions: the default one, or an imported one, always as a new version. */
@Service
@Transactional
public class ReferentialVersions {

    private final ReferentialRepository referentials;
    private final ReferentialThemeRepository themes;
    private final CriterionRepository criteria;
    private final DefaultReferential defaultReferential;

    ReferentialVersions(
            ReferentialRepository referentials,
            ReferentialThemeRepository themes,
            CriterionRepository criteria,
            DefaultReferential defaultReferential) {
        this.referentials = referentials;
        this.themes = themes;
        this.criteria = criteria;
        this.defaultReferential = defaultReferential;
    }

    /** Gives the network Pilotis's default référentiel when it has none yet; returns its id. */
    public long installDefaultIfNone() {
        return referentials
                .findFirstByOrderByVersionDesc()
                .map(Referential::getId)
                .orElseGet(() -> save(defaultReferential.content(), Referential.Source.DEFAULT));
    }

    /** Saves checked content (see {@link ReferentialRules}) as the network's next version. */
    public long importVersion(ReferentialContent content) {
        if (!ReferentialRules.problems(content).isEmpty()) {
            throw new IllegalArgumentException("content must be checked before it is saved");
        }
        return save(content, Referential.Source.IMPORT);
    }

    private long save(ReferentialContent content, Referential.Source source) {
        Referential referential = referentials.save(
                new Referential(referentials.findLastVersion() + 1, content.name(), content.description(), source));
        Map<String, Long> themeIds = new HashMap<>();
        int position = 0;
        for (ReferentialContent.ThemeContent theme : content.themes()) {
            themeIds.put(
                    theme.code(),
                    themes.save(new ReferentialTheme(referential.getId(), theme, position++))
                            .getId());
        }
        position = 0;
        for (ReferentialContent.CriterionContent criterion : content.criteria()) {
            criteria.save(
                    new Criterion(referential.getId(), themeIds.get(criterion.themeCode()), criterion, position++));
        }
        return referential.getId();
    }
}
