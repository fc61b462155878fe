package fr.pilotis.performance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ANAP's restitution: for each indicator, the structure's value beside the median and quartiles of
 * the same-type structures the viewer may read. Aggregates over fewer than 5 structures are not
 * shown (access.md: a referent never reads another structure's own figures).
 */
final class PeerComparison {

    static final int MINIMUM_PEERS = 5;

    private PeerComparison() {}

    /** One indicator's line: the structure's value and its peers' spread (null when too few). */
    record Line(IndicatorValue indicator, Quartiles peers) {}

    static List<Line> of(StructurePerformance structure, Collection<StructurePerformance> peers) {
        Map<String, List<Double>> values = new HashMap<>();
        for (StructurePerformance peer : peers) {
            if (peer.type() != structure.type()) {
                continue;
            }
            for (IndicatorValue value : peer.indicators()) {
                if (value.filled()) {
                    values.computeIfAbsent(value.definition().code(), c -> new ArrayList<>())
                            .add(value.value());
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        for (IndicatorValue value : structure.indicators()) {
            List<Double> list = values.getOrDefault(value.definition().code(), List.of());
            lines.add(new Line(value, list.size() >= MINIMUM_PEERS ? Quartiles.of(list) : null));
        }
        return lines;
    }
}
