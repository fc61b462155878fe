package fr.pilotis.diagnostic;

import java.util.Map;

/** One structure's declared and validated rates and the gap between them (points), per theme and module. */
public record GapRow(
        long structureId,
        String structureName,
        Map<String, Double> declared,
        Map<String, Double> validated,
        Double declaredModule,
        Double validatedModule) {

    public Double gap(String themeCode) {
        Double d = declared.get(themeCode);
        Double v = validated.get(themeCode);
        return d == null || v == null ? null : d - v;
    }

    public Double moduleGap() {
        return declaredModule == null || validatedModule == null ? null : declaredModule - validatedModule;
    }
}
