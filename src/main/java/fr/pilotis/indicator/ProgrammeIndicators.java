package fr.pilotis.indicator;

import fr.pilotis.shared.Tenancy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The réalisation indicators that the organisation and the role grants give (slide 22): structures
 * engaged in the preparatory and the deployment phase, UT pilots made aware, network experts
 * trained. The organisation keeps no history of phases or grants, so these read the network as it
 * stands today, whatever the year asked: they never make a year count as having data. A pilot
 * counts as made aware, an expert as trained, once granted the role (an enabled account) over a UT
 * or a working group of the scope's structures. Plain SQL (the organisation and access modules sit
 * below this one and cannot implement the interface); it names its network itself.
 */
@Component
@Transactional(readOnly = true)
class ProgrammeIndicators implements IndicatorProvider {

    static final String PREPARATORY = "programme.engaged.preparatory";
    static final String DEPLOYMENT = "programme.engaged.deployment";
    static final String PILOTS = "programme.pilots.aware";
    static final String EXPERTS = "programme.experts.trained";

    private static final String SOURCE = "indicator.source.organisation";

    private final JdbcTemplate jdbc;

    ProgrammeIndicators(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<IndicatorDefinition> definitions() {
        return List.of(
                definition(PREPARATORY, IndicatorUnit.COUNT, Aggregation.SUM, 100),
                definition(DEPLOYMENT, IndicatorUnit.COUNT, Aggregation.SUM, 101),
                definition(PILOTS, IndicatorUnit.COUNT, Aggregation.SCOPE_VALUE, 110),
                definition(EXPERTS, IndicatorUnit.COUNT, Aggregation.SCOPE_VALUE, 111));
    }

    @Override
    public Set<Integer> years() {
        return Set.of();
    }

    @Override
    public List<StructureFigure> structureFigures(int year, Collection<Long> structureIds) {
        List<StructureFigure> figures = new ArrayList<>();
        jdbc.query(
                "select id, phase from structure where network_id = ? and id = any(?)",
                rs -> {
                    boolean preparatory = "PREPARATORY".equals(rs.getString(2));
                    figures.add(new StructureFigure(PREPARATORY, rs.getLong(1), preparatory ? 1 : 0, 1));
                    figures.add(new StructureFigure(DEPLOYMENT, rs.getLong(1), preparatory ? 0 : 1, 1));
                },
                Tenancy.currentNetworkId(),
                structureIds.toArray(Long[]::new));
        return figures;
    }

    @Override
    public Map<String, Double> scopeValues(int year, Collection<Long> structureIds) {
        long network = Tenancy.currentNetworkId();
        Long[] ids = structureIds.toArray(Long[]::new);
        Map<String, Double> values = new HashMap<>();
        values.put(
                PILOTS,
                count(
                        "g.role = 'PILOT' and g.territorial_union_id in (select territorial_union_id from structure"
                                + " where network_id = ? and id = any(?))",
                        network,
                        ids));
        values.put(
                EXPERTS,
                count(
                        "g.role = 'EXPERT' and g.working_group_id in (select working_group_id from structure"
                                + " where network_id = ? and id = any(?))",
                        network,
                        ids));
        return values;
    }

    private double count(String condition, long network, Long[] ids) {
        Long count = jdbc.queryForObject(
                "select count(distinct g.user_id) from role_grant g join app_user u on u.network_id = g.network_id"
                        + " and u.id = g.user_id where g.network_id = ? and u.enabled and " + condition,
                Long.class,
                network,
                network,
                ids);
        return count == null ? 0 : count;
    }

    private static IndicatorDefinition definition(String code, IndicatorUnit unit, Aggregation aggregation, int order) {
        return IndicatorDefinition.ofKeys(code, IndicatorFamily.REALISATION, SOURCE, unit, aggregation, order);
    }
}
