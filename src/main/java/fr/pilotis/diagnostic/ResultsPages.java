package fr.pilotis.diagnostic;

import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.referential.CriterionView;
import fr.pilotis.referential.ReferentialCatalog;
import fr.pilotis.referential.ThemeView;
import fr.pilotis.shared.NotFoundException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts together what each results page shows, from {@link DiagnosticResults} (tables, averages,
 * gaps) and {@link ResultsQueries} (a structure's history, progress). The controllers decide who
 * may read which scope and pass the scope in; nothing here widens it.
 */
@Service
@Transactional(readOnly = true)
class ResultsPages {

    private final Campaigns campaigns;
    private final DiagnosticResults results;
    private final ResultsQueries queries;
    private final SelfDiagnostics diagnostics;
    private final ReferentialCatalog referentials;
    private final MessageSource messages;
    private final JsonMapper json;

    ResultsPages(
            Campaigns campaigns,
            DiagnosticResults results,
            ResultsQueries queries,
            SelfDiagnostics diagnostics,
            ReferentialCatalog referentials,
            MessageSource messages,
            JsonMapper json) {
        this.campaigns = campaigns;
        this.results = results;
        this.queries = queries;
        this.diagnostics = diagnostics;
        this.referentials = referentials;
        this.messages = messages;
        this.json = json;
    }

    /**
     * A structure's page. The UT's and the network's averages count only when they gather at least
     * the given number of structures (the controller asks 1 where the reader may read them all).
     */
    ResultsStructurePage structure(
            StructureSummary structure,
            Integer year,
            RateBasis basis,
            int unionMinimum,
            int networkMinimum,
            Locale locale) {
        List<ResultsOfDiagnostic> history = queries.ofStructure(structure.id());
        ResultsCampaignChoice choice = choose(
                year,
                basis,
                history.isEmpty()
                        ? Optional.empty()
                        : Optional.of(history.get(history.size() - 1).year()));
        List<ResultsStructurePage.EvolutionPoint> evolution = evolution(history);
        ResultsStructurePage.NotMet notMet = notMet(history);
        if (choice.chosen() == null) {
            return new ResultsStructurePage(
                    choice,
                    null,
                    null,
                    false,
                    false,
                    List.of(),
                    new ResultsStructurePage.Averages(false, 0, false, 0),
                    null,
                    List.of(),
                    null,
                    notMet);
        }
        CampaignView campaign = choice.chosen();
        Optional<DiagnosticSummary> diagnostic = diagnostics.ofStructure(structure.id()).stream()
                .filter(d -> d.campaignId() == campaign.id())
                .findFirst();
        ResultsOfDiagnostic current = history.stream()
                .filter(h -> h.campaignId() == campaign.id())
                .findFirst()
                .orElse(null);
        ResultsCounts declared = current == null ? null : current.on(RateBasis.DECLARED);
        ResultsCounts validated = current == null ? null : current.on(RateBasis.VALIDATED);
        List<ThemeView> themes = referentials.version(campaign.referentialId()).themes();
        StructureScope ofUnion =
                new StructureScope(false, Set.of(structure.territorialUnionId()), Set.of(), Set.of(), Set.of());
        Optional<ResultsTable.Row> union = results.average(campaign.id(), ofUnion, basis, Math.max(1, unionMinimum));
        Optional<ResultsTable.Row> network =
                results.average(campaign.id(), StructureScope.wholeNetwork(), basis, Math.max(1, networkMinimum));

        List<ResultsStructurePage.Line> lines = new ArrayList<>();
        lines.add(new ResultsStructurePage.Line(
                "module",
                "",
                null,
                rate(declared, ResultsCounts::module),
                rate(validated, ResultsCounts::module),
                union.map(ResultsTable.Row::moduleRate).orElse(null),
                network.map(ResultsTable.Row::moduleRate).orElse(null)));
        for (int level = 1; level <= 2; level++) {
            int l = level;
            lines.add(new ResultsStructurePage.Line(
                    "level",
                    String.valueOf(level),
                    null,
                    rate(declared, c -> c.level(l)),
                    rate(validated, c -> c.level(l)),
                    null,
                    null));
        }
        for (ThemeView theme : themes) {
            lines.add(new ResultsStructurePage.Line(
                    "theme",
                    theme.code(),
                    theme.title(),
                    rate(declared, c -> c.theme(theme.code())),
                    rate(validated, c -> c.theme(theme.code())),
                    union.map(r -> r.rate(theme.code())).orElse(null),
                    network.map(r -> r.rate(theme.code())).orElse(null)));
        }

        ResultsCounts shown = basis == RateBasis.VALIDATED ? validated : declared;
        Map<String, Object> radar = new LinkedHashMap<>();
        radar.put(
                "indicators",
                themes.stream()
                        .map(t -> Map.of("name", t.code() + " " + t.title(), "max", 100))
                        .toList());
        List<Map<String, Object>> series = new ArrayList<>();
        series.add(series(
                message("results.chart.structure", locale),
                themes.stream()
                        .map(t -> shown == null ? null : shown.theme(t.code()).percent())
                        .toList()));
        union.ifPresent(row -> series.add(series(
                message("results.chart.union", locale),
                themes.stream().map(t -> row.rate(t.code())).toList())));
        network.ifPresent(row -> series.add(series(
                message("results.chart.network", locale),
                themes.stream().map(t -> row.rate(t.code())).toList())));
        radar.put("series", series);

        Map<String, Object> lineChart = new LinkedHashMap<>();
        lineChart.put(
                "years", evolution.stream().map(p -> String.valueOf(p.year())).toList());
        lineChart.put(
                "series",
                List.of(
                        series(
                                message("results.rates.declared", locale),
                                evolution.stream()
                                        .map(ResultsStructurePage.EvolutionPoint::declared)
                                        .toList()),
                        series(
                                message("results.rates.validated", locale),
                                evolution.stream()
                                        .map(ResultsStructurePage.EvolutionPoint::validated)
                                        .toList())));

        return new ResultsStructurePage(
                choice,
                diagnostic.map(DiagnosticSummary::id).orElse(null),
                diagnostic.map(DiagnosticSummary::status).orElse(null),
                declared != null,
                validated != null,
                lines,
                new ResultsStructurePage.Averages(
                        union.isPresent(),
                        union.map(ResultsTable.Row::structureCount).orElse(0L),
                        network.isPresent(),
                        network.map(ResultsTable.Row::structureCount).orElse(0L)),
                json.writeValueAsString(radar),
                evolution,
                json.writeValueAsString(lineChart),
                notMet);
    }

    /** A UT's table: its structures with a submitted diagnostic and their average. */
    ResultsHeatMap union(long unionId, Integer year, RateBasis basis) {
        ResultsCampaignChoice choice = choose(
                year,
                basis,
                queries.latestYearWithResults(ResultsQueries.Filter.union(unionId), basis == RateBasis.VALIDATED));
        if (choice.chosen() == null) {
            return new ResultsHeatMap(choice, List.of(), List.of(), null, new ResultsProgress(0, 0, 0));
        }
        StructureScope ofUnion = new StructureScope(false, Set.of(unionId), Set.of(), Set.of(), Set.of());
        return ResultsHeatMap.of(
                choice,
                results.structureTable(choice.chosen().id(), ofUnion, basis),
                queries.progress(choice.chosen().id(), ResultsQueries.Filter.union(unionId)));
    }

    /** The network's table: a row per UT (the mean of its structures) and the network's average. */
    ResultsHeatMap network(Integer year, RateBasis basis) {
        ResultsCampaignChoice choice = choose(
                year,
                basis,
                queries.latestYearWithResults(ResultsQueries.Filter.network(), basis == RateBasis.VALIDATED));
        if (choice.chosen() == null) {
            return new ResultsHeatMap(choice, List.of(), List.of(), null, new ResultsProgress(0, 0, 0));
        }
        return ResultsHeatMap.of(
                choice,
                results.unionTable(choice.chosen().id(), basis),
                queries.progress(choice.chosen().id(), ResultsQueries.Filter.network()));
    }

    /** The overestimation gaps of a group's structures, limited to those the reader may read. */
    ResultsGapTable gaps(long groupId, Collection<Long> readableStructureIds, Integer year) {
        ResultsCampaignChoice choice = choose(
                year,
                RateBasis.VALIDATED,
                queries.latestYearWithResults(ResultsQueries.Filter.structures(readableStructureIds), true));
        if (choice.chosen() == null) {
            return new ResultsGapTable(choice, List.of(), List.of());
        }
        List<ThemeView> themes =
                referentials.version(choice.chosen().referentialId()).themes();
        StructureScope ofGroup = new StructureScope(false, Set.of(), Set.of(groupId), Set.of(), Set.of());
        List<ResultsGapTable.Row> rows = results.gaps(choice.chosen().id(), ofGroup).stream()
                .filter(g -> readableStructureIds.contains(g.structureId()))
                .map(g -> ResultsGapTable.row(themes, g))
                .sorted(Comparator.comparing(
                                (ResultsGapTable.Row r) -> r.module().gap(),
                                Comparator.nullsFirst(Comparator.<Double>naturalOrder()))
                        .reversed()
                        .thenComparing(ResultsGapTable.Row::structureName))
                .toList();
        return new ResultsGapTable(choice, themes, rows);
    }

    /** The campaign asked for (404 when there is no such campaign), else the default, else the latest. */
    ResultsCampaignChoice choose(Integer year, RateBasis basis, Optional<Integer> defaultYear) {
        List<CampaignView> all = campaigns.list();
        CampaignView chosen;
        if (year != null) {
            chosen = all.stream().filter(c -> c.year() == year).findFirst().orElseThrow(NotFoundException::new);
        } else {
            chosen = defaultYear
                    .flatMap(y -> all.stream().filter(c -> c.year() == y).findFirst())
                    .orElse(all.isEmpty() ? null : all.get(0));
        }
        return new ResultsCampaignChoice(all, chosen, basis);
    }

    private ResultsStructurePage.NotMet notMet(List<ResultsOfDiagnostic> history) {
        if (history.isEmpty()) {
            return new ResultsStructurePage.NotMet(null, false, List.of());
        }
        ResultsOfDiagnostic latest = history.get(history.size() - 1);
        DiagnosticView view = diagnostics.view(latest.diagnosticId());
        boolean validated = view.status() == DiagnosticStatus.VALIDATED;
        List<ResultsStructurePage.Criterion> criteria = new ArrayList<>();
        for (CriterionView criterion : view.referential().criteria()) {
            AnswerView answer = view.answerTo(criterion);
            Rating effective = validated && answer.reviewRating() != null ? answer.reviewRating() : answer.rating();
            if (effective == Rating.PARTIEL || effective == Rating.NON_CONFORME) {
                criteria.add(new ResultsStructurePage.Criterion(
                        criterion.id(),
                        criterion.code(),
                        criterion.themeCode(),
                        criterion.level(),
                        criterion.title(),
                        answer.rating(),
                        validated ? answer.reviewRating() : null));
            }
        }
        return new ResultsStructurePage.NotMet(latest.year(), validated, criteria);
    }

    private static List<ResultsStructurePage.EvolutionPoint> evolution(List<ResultsOfDiagnostic> history) {
        return history.stream()
                .map(h -> {
                    ResultsCounts declared = h.on(RateBasis.DECLARED);
                    ResultsCounts validated = h.on(RateBasis.VALIDATED);
                    return new ResultsStructurePage.EvolutionPoint(
                            h.year(),
                            h.status(),
                            declared == null ? null : declared.module().percent(),
                            validated == null ? null : validated.module().percent(),
                            declared == null ? 0 : declared.module().partial(),
                            validated == null ? null : validated.module().partial());
                })
                .toList();
    }

    private static ConformityRate rate(ResultsCounts counts, Function<ResultsCounts, ConformityRate> part) {
        return counts == null ? null : part.apply(counts);
    }

    private static Map<String, Object> series(String name, List<Double> values) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("name", name);
        series.put(
                "values", values.stream().map(v -> v == null ? null : round(v)).toList());
        return series;
    }

    private static Double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
