package fr.pilotis.actionplan;

import fr.pilotis.shared.Tenancy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns actions into views with their owners' names and their themes' and criteria's codes, in a
 * fixed number of queries whatever the number of actions. Plain SQL because the names live in other
 * modules' tables; every statement filters on the network itself.
 */
@Component
class ActionViews {

    private final NamedParameterJdbcTemplate jdbc;

    ActionViews(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ActionView> of(List<ActionItem> items, LocalDate today) {
        if (items.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>();
        Set<Long> personIds = new HashSet<>();
        Set<Long> structureIds = new HashSet<>();
        for (ActionItem item : items) {
            ids.add(item.getId());
            if (item.getOwnerPersonId() != null) {
                personIds.add(item.getOwnerPersonId());
            }
            if (item.getOwnerStructureId() != null) {
                structureIds.add(item.getOwnerStructureId());
            }
        }
        long network = Tenancy.currentNetworkId();
        Map<Long, String[]> persons = names(
                "select id, first_name || ' ' || last_name, email from app_user where network_id = :network and id in (:ids)",
                network,
                personIds);
        Map<Long, String[]> structures = names(
                "select id, name, finess from structure where network_id = :network and id in (:ids)",
                network,
                structureIds);
        Map<Long, List<ActionView.Tag>> themes = tags(
                "select at.action_id, t.id, t.code, t.title from action_theme at"
                        + " join referential_theme t on t.id = at.theme_id and t.network_id = at.network_id"
                        + " where at.network_id = :network and at.action_id in (:ids) order by t.position",
                network,
                ids);
        Map<Long, List<ActionView.Tag>> criteria = tags(
                "select ac.action_id, c.id, c.code, c.title from action_criterion ac"
                        + " join criterion c on c.id = ac.criterion_id and c.network_id = ac.network_id"
                        + " where ac.network_id = :network and ac.action_id in (:ids) order by c.position",
                network,
                ids);
        List<ActionView> views = new ArrayList<>();
        for (ActionItem item : items) {
            String ownerKey = null;
            String ownerName = null;
            String ownerReference = null;
            if (item.getOwnerPersonId() != null && persons.containsKey(item.getOwnerPersonId())) {
                String[] person = persons.get(item.getOwnerPersonId());
                ownerKey = "P" + item.getOwnerPersonId();
                ownerName = person[0];
                ownerReference = person[1];
            } else if (item.getOwnerStructureId() != null && structures.containsKey(item.getOwnerStructureId())) {
                String[] structure = structures.get(item.getOwnerStructureId());
                ownerKey = "S" + item.getOwnerStructureId();
                ownerName = structure[0];
                ownerReference = structure[1];
            }
            views.add(new ActionView(
                    item.getId(),
                    item.getWorkingGroupId(),
                    item.getStructureId(),
                    item.getTitle(),
                    item.getDescription(),
                    ownerKey,
                    ownerName,
                    ownerReference,
                    item.getStartsOn(),
                    item.getDueOn(),
                    item.getPriority(),
                    item.getStatus(),
                    item.getProgress(),
                    item.getDoneOn(),
                    !item.getStatus().isClosed() && item.getDueOn().isBefore(today),
                    themes.getOrDefault(item.getId(), List.of()),
                    criteria.getOrDefault(item.getId(), List.of())));
        }
        return views;
    }

    List<CommentView> comments(List<ActionComment> rows) {
        Set<Long> authors = new HashSet<>();
        rows.forEach(r -> {
            if (r.getAuthorId() != null) {
                authors.add(r.getAuthorId());
            }
        });
        Map<Long, String[]> names = names(
                "select id, first_name || ' ' || last_name, email from app_user where network_id = :network and id in (:ids)",
                Tenancy.currentNetworkId(),
                authors);
        return rows.stream()
                .map(r -> new CommentView(
                        r.getId(),
                        r.getAuthorId() == null || !names.containsKey(r.getAuthorId())
                                ? null
                                : names.get(r.getAuthorId())[0],
                        r.getBody(),
                        r.getCreatedAt()))
                .toList();
    }

    private Map<Long, String[]> names(String sql, long network, Collection<Long> ids) {
        Map<Long, String[]> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.query(sql, new MapSqlParameterSource("network", network).addValue("ids", ids), rs -> {
            found.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
        });
        return found;
    }

    private Map<Long, List<ActionView.Tag>> tags(String sql, long network, Collection<Long> ids) {
        Map<Long, List<ActionView.Tag>> found = new HashMap<>();
        jdbc.query(sql, new MapSqlParameterSource("network", network).addValue("ids", ids), rs -> {
            found.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                    .add(new ActionView.Tag(rs.getLong(2), rs.getString(3), rs.getString(4)));
        });
        return found;
    }
}
