package fr.pilotis.performance;

import fr.pilotis.shared.AuditTrail;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.NotFoundException;
import fr.pilotis.shared.Tenancy;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A structure's yearly raw data (the campaign of that year) and the referent's confirmations of
 * flagged values. Raw values are written by plain SQL in one batch (one row per input) and audited
 * explicitly with the old and new values; they name their network themselves.
 */
@Service
@Transactional
public class PerformanceData {

    static final BigDecimal LIMIT = new BigDecimal("999999999999");

    private final JdbcTemplate jdbc;
    private final AnapCatalog catalog;
    private final PerformanceFigures figures;
    private final AnapConfirmationRepository confirmations;
    private final AuditTrail audit;
    private final Clock clock;

    PerformanceData(
            JdbcTemplate jdbc,
            AnapCatalog catalog,
            PerformanceFigures figures,
            AnapConfirmationRepository confirmations,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.figures = figures;
        this.confirmations = confirmations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Map<String, Double> raw(long structureId, int year) {
        Map<String, Double> values = new HashMap<>();
        jdbc.query(
                "select input_code, value::float8 from anap_value where network_id = ? and structure_id = ? and year = ?",
                rs -> {
                    values.put(rs.getString(1), rs.getDouble(2));
                },
                Tenancy.currentNetworkId(),
                structureId,
                year);
        return values;
    }

    /**
     * Replaces the year's raw data with what was typed (input code → text; blank = not filled).
     * Every value is checked first: a number (comma or point), not negative unless the input allows
     * it; nothing is written when one is refused.
     */
    public void save(long structureId, int year, Map<String, String> typed) {
        if (year < 2000 || year > 2100) {
            throw InvalidInputException.of(null, "performance.error.year");
        }
        List<AnapInputDefinition> inputs = catalog.inputs();
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (AnapInputDefinition input : inputs) {
            String text = typed.get(input.code());
            if (text == null || text.isBlank()) {
                continue;
            }
            BigDecimal value;
            try {
                value = new BigDecimal(
                        text.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.'));
            } catch (NumberFormatException e) {
                problems.reject("values[" + input.code() + "]", "performance.error.notANumber");
                continue;
            }
            if (value.signum() < 0 && !input.negativeAllowed()) {
                problems.reject("values[" + input.code() + "]", "performance.error.negative");
            } else if (value.abs().compareTo(LIMIT) > 0) {
                problems.reject("values[" + input.code() + "]", "performance.error.tooLarge");
            } else {
                values.put(input.code(), value);
            }
        }
        problems.throwIfAny();
        Map<String, Double> before = raw(structureId, year);
        long network = Tenancy.currentNetworkId();
        jdbc.update(
                "delete from anap_value where network_id = ? and structure_id = ? and year = ?",
                network,
                structureId,
                year);
        insert(network, structureId, year, values);
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("year", year);
        Set<String> codes = new java.util.TreeSet<>(before.keySet());
        codes.addAll(values.keySet());
        for (String code : codes) {
            Double old = before.get(code);
            Double now = values.containsKey(code) ? values.get(code).doubleValue() : null;
            if (old == null ? now != null : !old.equals(now)) {
                changes.put(code, old + " → " + now);
            }
        }
        audit.record("ANAP_RAW_DATA_SAVED", "Structure", structureId, changes);
    }

    /** The referent confirms a flagged value as right; it stays confirmed while the value is unchanged. */
    public void confirm(long structureId, int year, String indicatorCode, String comment, Long by) {
        StructurePerformance dashboard = figures.forStructure(year, structureId);
        IndicatorValue value = dashboard == null
                ? null
                : dashboard.indicators().stream()
                        .filter(i -> i.definition().code().equals(indicatorCode))
                        .findFirst()
                        .orElse(null);
        if (value == null || value.value() == null || value.flag() == PerformanceFlag.NONE) {
            throw new NotFoundException();
        }
        if (comment != null && comment.length() > 500) {
            throw InvalidInputException.of("comment", "performance.error.commentTooLong", 500);
        }
        AnapConfirmation confirmation = confirmations
                .findByStructureIdAndYearAndIndicatorCode(structureId, year, indicatorCode)
                .orElseGet(() -> new AnapConfirmation(structureId, year, indicatorCode));
        confirmation.confirm(
                value.value(), comment == null || comment.isBlank() ? null : comment.strip(), clock.instant(), by);
        confirmations.save(confirmation);
    }

    /**
     * Loads many structures' raw data at once (demo, imports): one batch, one audit event. Replaces
     * the year's values of the structures given.
     */
    public void importRawData(int year, Map<Long, Map<String, Double>> byStructure) {
        long network = Tenancy.currentNetworkId();
        Set<String> known =
                catalog.inputs().stream().map(AnapInputDefinition::code).collect(Collectors.toSet());
        List<Object[]> rows = new ArrayList<>();
        byStructure.forEach((structureId, values) -> values.forEach((code, value) -> {
            if (!known.contains(code)) {
                throw new IllegalArgumentException("unknown ANAP input " + code);
            }
            rows.add(new Object[] {network, structureId, year, code, BigDecimal.valueOf(value)});
        }));
        jdbc.batchUpdate(
                "delete from anap_value where network_id = ? and structure_id = ? and year = ?",
                byStructure.keySet().stream()
                        .map(id -> new Object[] {network, id, year})
                        .toList());
        jdbc.batchUpdate(
                "insert into anap_value (network_id, structure_id, year, input_code, value) values (?, ?, ?, ?, ?)",
                rows);
        audit.record(
                "ANAP_RAW_DATA_IMPORTED", "Network", network, Map.of("year", year, "structures", byStructure.size()));
    }

    private void insert(long network, long structureId, int year, Map<String, BigDecimal> values) {
        jdbc.batchUpdate(
                "insert into anap_value (network_id, structure_id, year, input_code, value) values (?, ?, ?, ?, ?)",
                values.entrySet().stream()
                        .map(e -> new Object[] {network, structureId, year, e.getKey(), e.getValue()})
                        .toList());
    }
}
