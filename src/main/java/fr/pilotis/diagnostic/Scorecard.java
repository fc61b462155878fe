package fr.pilotis.diagnostic;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The conformity rates of one set of ratings (a structure's declared answers, or its expert's
 * validated ones) per theme, per level, per theme and level, and for the whole module.
 */
public final class Scorecard {

    /** One criterion's rating, with the theme and level it counts towards. */
    public record Scored(String themeCode, int level, Rating rating) {}

    private final ConformityRate module;
    private final Map<String, ConformityRate> byTheme;
    private final Map<Integer, ConformityRate> byLevel;
    private final Map<String, ConformityRate> byThemeAndLevel;

    private Scorecard(
            ConformityRate module,
            Map<String, ConformityRate> byTheme,
            Map<Integer, ConformityRate> byLevel,
            Map<String, ConformityRate> byThemeAndLevel) {
        this.module = module;
        this.byTheme = byTheme;
        this.byLevel = byLevel;
        this.byThemeAndLevel = byThemeAndLevel;
    }

    /** Themes appear in the order given, so that an empty theme still has its (empty) rate. */
    public static Scorecard of(List<String> themeCodes, Collection<Scored> ratings) {
        ConformityRate module = ConformityRate.NONE;
        Map<String, ConformityRate> byTheme = new LinkedHashMap<>();
        Map<Integer, ConformityRate> byLevel = new LinkedHashMap<>();
        Map<String, ConformityRate> byThemeAndLevel = new LinkedHashMap<>();
        for (String theme : themeCodes) {
            byTheme.put(theme, ConformityRate.NONE);
        }
        byLevel.put(1, ConformityRate.NONE);
        byLevel.put(2, ConformityRate.NONE);
        for (Scored scored : ratings) {
            module = module.with(scored.rating());
            byTheme.merge(
                    scored.themeCode(), ConformityRate.NONE.with(scored.rating()), (a, b) -> a.with(scored.rating()));
            byLevel.merge(scored.level(), ConformityRate.NONE.with(scored.rating()), (a, b) -> a.with(scored.rating()));
            byThemeAndLevel.merge(
                    key(scored.themeCode(), scored.level()),
                    ConformityRate.NONE.with(scored.rating()),
                    (a, b) -> a.with(scored.rating()));
        }
        return new Scorecard(module, byTheme, byLevel, byThemeAndLevel);
    }

    public ConformityRate module() {
        return module;
    }

    public ConformityRate theme(String themeCode) {
        return byTheme.getOrDefault(themeCode, ConformityRate.NONE);
    }

    public Map<String, ConformityRate> themes() {
        return byTheme;
    }

    public ConformityRate level(int level) {
        return byLevel.getOrDefault(level, ConformityRate.NONE);
    }

    public ConformityRate themeLevel(String themeCode, int level) {
        return byThemeAndLevel.getOrDefault(key(themeCode, level), ConformityRate.NONE);
    }

    /** "All level-n criteria satisfied": every applicable criterion of that level is Conforme. */
    public boolean allMet(int level) {
        return level(level).allMet();
    }

    /** The arithmetic mean of the rates that exist (slide 7's « taux moyen »); empty when none. */
    public static OptionalDouble average(Collection<Double> rates) {
        return rates.stream()
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .average();
    }

    private static String key(String themeCode, int level) {
        return themeCode + "/" + level;
    }
}
