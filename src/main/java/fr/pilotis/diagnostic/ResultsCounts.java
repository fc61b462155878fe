package fr.pilotis.diagnostic;

import java.util.HashMap;
import java.util.Map;

/**
 * One diagnostic's conformity on one basis, added up from its counts per theme and level: per
 * theme, per level, per theme and level, and for the module (see {@link ConformityRate}).
 */
record ResultsCounts(
        ConformityRate module,
        Map<String, ConformityRate> themes,
        Map<Integer, ConformityRate> levels,
        Map<String, ConformityRate> themeLevels) {

    ConformityRate theme(String themeCode) {
        return themes.getOrDefault(themeCode, ConformityRate.NONE);
    }

    ConformityRate level(int level) {
        return levels.getOrDefault(level, ConformityRate.NONE);
    }

    ConformityRate themeLevel(String themeCode, int level) {
        return themeLevels.getOrDefault(themeCode + "/" + level, ConformityRate.NONE);
    }

    /** Every applicable criterion of the level is Conforme (true when none applies). */
    boolean allMet(int level) {
        return level(level).allMet();
    }

    static ConformityRate plus(ConformityRate a, ConformityRate b) {
        return new ConformityRate(
                a.met() + b.met(),
                a.partial() + b.partial(),
                a.notMet() + b.notMet(),
                a.notApplicable() + b.notApplicable(),
                a.unanswered() + b.unanswered());
    }

    static final class Builder {
        private ConformityRate module = ConformityRate.NONE;
        private final Map<String, ConformityRate> themes = new HashMap<>();
        private final Map<Integer, ConformityRate> levels = new HashMap<>();
        private final Map<String, ConformityRate> themeLevels = new HashMap<>();

        Builder add(String themeCode, int level, ConformityRate rate) {
            module = plus(module, rate);
            themes.merge(themeCode, rate, ResultsCounts::plus);
            levels.merge(level, rate, ResultsCounts::plus);
            themeLevels.merge(themeCode + "/" + level, rate, ResultsCounts::plus);
            return this;
        }

        ResultsCounts build() {
            return new ResultsCounts(module, Map.copyOf(themes), Map.copyOf(levels), Map.copyOf(themeLevels));
        }
    }
}
