package fr.pilotis.performance;

import fr.pilotis.organisation.StructureType;
import fr.pilotis.shared.Tenancy;
import java.sql.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk read of the ANAP dashboard: for a year and any number of structures, each one's indicators
 * with their definitions, flags, confirmations and completeness — one SQL statement for the
 * structures asked for, one for the network's same-type spread that the flags compare with (never
 * a query per structure). Pages, reports and extracts all read the figures here. Pass only the ids
 * the caller may read ({@code AccessPolicy.readableStructures()}).
 */
@Service
@Transactional(readOnly = true)
public class PerformanceFigures {

    // Raw values and confirmations of the structures asked for, in one statement.
    private static final String VALUES = "with ids as (select unnest(?::bigint[]) as id)"
            + " select s.id, s.type, 'V', v.input_code, v.value::float8"
            + " from structure s join ids on ids.id = s.id"
            + " left join anap_value v on v.network_id = s.network_id and v.structure_id = s.id and v.year = ?"
            + " where s.network_id = ?"
            + " union all"
            + " select c.structure_id, null, 'C', c.indicator_code, c.confirmed_value::float8"
            + " from anap_confirmation c join ids on ids.id = c.structure_id"
            + " where c.network_id = ? and c.year = ?";

    // Every structure's raw values in the network for the year: the spread the flags compare with.
    private static final String NETWORK = "select s.id, s.type, v.input_code, v.value::float8"
            + " from anap_value v join structure s on s.network_id = v.network_id and s.id = v.structure_id"
            + " where v.network_id = ? and v.year = ?";

    static final int FENCE_MINIMUM = 8;

    private final JdbcTemplate jdbc;
    private final AnapCatalog catalog;

    PerformanceFigures(JdbcTemplate jdbc, AnapCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /** The definitions every figure refers to, in display order. */
    public List<AnapIndicatorDefinition> definitions() {
        return catalog.indicators();
    }

    /** Each structure's dashboard for the year, in the order of the ids given (unknown ids are left out). */
    public Map<Long, StructurePerformance> forStructures(int year, Collection<Long> structureIds) {
        Map<Long, StructurePerformance> result = new LinkedHashMap<>();
        if (structureIds.isEmpty()) {
            return result;
        }
        List<AnapIndicatorDefinition> definitions = catalog.indicators();
        long network = Tenancy.currentNetworkId();
        Map<Long, StructureType> types = new HashMap<>();
        Map<Long, Map<String, Double>> raw = new HashMap<>();
        Map<Long, Map<String, Double>> confirmed = new HashMap<>();
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            Array ids = connection.createArrayOf("bigint", structureIds.toArray());
            try (var statement = connection.prepareStatement(VALUES)) {
                Object[] parameters = {ids, year, network, network, year};
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (var rs = statement.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        String kind = rs.getString(3);
                        if ("V".equals(kind)) {
                            types.put(id, StructureType.valueOf(rs.getString(2)));
                            raw.computeIfAbsent(id, k -> new HashMap<>());
                            if (rs.getString(4) != null) {
                                raw.get(id).put(rs.getString(4), rs.getDouble(5));
                            }
                        } else {
                            confirmed.computeIfAbsent(id, k -> new HashMap<>()).put(rs.getString(4), rs.getDouble(5));
                        }
                    }
                }
            }
            return null;
        });
        Map<StructureType, Map<String, Quartiles>> fences = networkSpread(year, definitions, network);
        for (Long id : structureIds) {
            StructureType type = types.get(id);
            if (type == null) {
                continue;
            }
            result.put(
                    id,
                    evaluate(
                            id,
                            year,
                            type,
                            definitions,
                            raw.getOrDefault(id, Map.of()),
                            confirmed.getOrDefault(id, Map.of()),
                            fences.getOrDefault(type, Map.of())));
        }
        return result;
    }

    /** The years for which some structure entered raw values. */
    public java.util.Set<Integer> years() {
        return new java.util.HashSet<>(jdbc.queryForList(
                "select distinct year from anap_value where network_id = ?",
                Integer.class,
                Tenancy.currentNetworkId()));
    }

    /**
     * Each structure's computed values for the year (applicable and filled indicators only), by
     * indicator code: one statement, without the flags and their network-wide spread, for the
     * programme indicators and extracts.
     */
    public Map<Long, Map<String, Double>> valuesOf(int year, Collection<Long> structureIds) {
        Map<Long, Map<String, Double>> result = new LinkedHashMap<>();
        if (structureIds.isEmpty()) {
            return result;
        }
        List<AnapIndicatorDefinition> definitions = catalog.indicators();
        Map<Long, StructureType> types = new HashMap<>();
        Map<Long, Map<String, Double>> raw = new HashMap<>();
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            Array ids = connection.createArrayOf("bigint", structureIds.toArray());
            try (var statement =
                    connection.prepareStatement("select s.id, s.type, v.input_code, v.value::float8 from anap_value v"
                            + " join structure s on s.network_id = v.network_id and s.id = v.structure_id"
                            + " where v.network_id = ? and v.year = ? and v.structure_id = any (?)")) {
                statement.setLong(1, Tenancy.currentNetworkId());
                statement.setInt(2, year);
                statement.setArray(3, ids);
                try (var rs = statement.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        types.put(id, StructureType.valueOf(rs.getString(2)));
                        raw.computeIfAbsent(id, k -> new HashMap<>()).put(rs.getString(3), rs.getDouble(4));
                    }
                }
            }
            return null;
        });
        raw.forEach((id, inputs) -> {
            Map<String, Double> values = new LinkedHashMap<>();
            for (AnapIndicatorDefinition d : definitions) {
                Double value = d.appliesTo(types.get(id)) ? d.compute(inputs) : null;
                if (value != null) {
                    values.put(d.code(), value);
                }
            }
            if (!values.isEmpty()) {
                result.put(id, values);
            }
        });
        return result;
    }

    /** For each type and indicator with at least 8 values in the network, their quartiles (for the fences). */
    private Map<StructureType, Map<String, Quartiles>> networkSpread(
            int year, List<AnapIndicatorDefinition> definitions, long network) {
        Map<Long, StructureType> types = new HashMap<>();
        Map<Long, Map<String, Double>> raw = new HashMap<>();
        jdbc.query(
                NETWORK,
                rs -> {
                    long id = rs.getLong(1);
                    types.put(id, StructureType.valueOf(rs.getString(2)));
                    raw.computeIfAbsent(id, k -> new HashMap<>()).put(rs.getString(3), rs.getDouble(4));
                },
                network,
                year);
        Map<StructureType, Map<String, List<Double>>> values = new EnumMap<>(StructureType.class);
        raw.forEach((id, inputs) -> {
            StructureType type = types.get(id);
            for (AnapIndicatorDefinition d : definitions) {
                if (!d.appliesTo(type)) {
                    continue;
                }
                Double value = d.compute(inputs);
                if (value != null) {
                    values.computeIfAbsent(type, t -> new HashMap<>())
                            .computeIfAbsent(d.code(), c -> new ArrayList<>())
                            .add(value);
                }
            }
        });
        Map<StructureType, Map<String, Quartiles>> spread = new EnumMap<>(StructureType.class);
        values.forEach((type, byCode) -> byCode.forEach((code, list) -> {
            if (list.size() >= FENCE_MINIMUM) {
                spread.computeIfAbsent(type, t -> new HashMap<>()).put(code, Quartiles.of(list));
            }
        }));
        return spread;
    }

    static StructurePerformance evaluate(
            long structureId,
            int year,
            StructureType type,
            List<AnapIndicatorDefinition> definitions,
            Map<String, Double> raw,
            Map<String, Double> confirmations,
            Map<String, Quartiles> fences) {
        List<IndicatorValue> values = new ArrayList<>();
        for (AnapIndicatorDefinition d : definitions) {
            if (!d.appliesTo(type)) {
                values.add(new IndicatorValue(d, false, null, PerformanceFlag.NONE, false));
                continue;
            }
            Double value = d.compute(raw);
            PerformanceFlag flag = PerformanceFlag.NONE;
            if (value != null) {
                Quartiles spread = fences.get(d.code());
                if (d.outsidePhysicalRange(value)) {
                    flag = PerformanceFlag.OUT_OF_RANGE;
                } else if (spread != null && spread.farOutside(value)) {
                    flag = PerformanceFlag.FAR_FROM_PEERS;
                }
            }
            Double confirmedValue = confirmations.get(d.code());
            boolean confirmed = value != null && confirmedValue != null && Math.abs(confirmedValue - value) < 1e-4;
            values.add(new IndicatorValue(d, true, value, flag, confirmed));
        }
        return new StructurePerformance(structureId, year, type, values);
    }

    public StructurePerformance forStructure(int year, long structureId) {
        return forStructures(year, List.of(structureId)).get(structureId);
    }
}
