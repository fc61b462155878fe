package fr.pilotis.support;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows one case of the route tests points at, all in one network and chosen together: the
 * structure belongs to the UT and the group, the person holds the grant. Read with plain SQL, so
 * that the application's own rules are not used to test themselves.
 *
 * <ul>
 *   <li>{@link #ofOtherNetwork}: rows of the other demo network, which nobody of the main network
 *       may see;
 *   <li>{@link #outsideScopeOf}: rows of the person's own network that none of their grants
 *       reaches, even indirectly (not in their UT, groups, structures or départements, nor in the UT,
 *       group or département of a structure they read);
 *   <li>{@link #ofMainNetwork}: rows of the main network, which its network admin may open.
 * </ul>
 */
public final class Targets {

    private final JdbcTemplate jdbc;
    private final long networkId;
    private final String description;
    private final Target union;
    private final Target group;
    private final Target structure;
    private final Target person;
    private final Target grant;

    private Targets(
            JdbcTemplate jdbc,
            long networkId,
            String description,
            Target union,
            Target group,
            Target structure,
            Target person,
            Target grant) {
        this.jdbc = jdbc;
        this.networkId = networkId;
        this.description = description;
        this.union = union;
        this.group = group;
        this.structure = structure;
        this.person = person;
        this.grant = grant;
    }

    public static Targets ofOtherNetwork(JdbcTemplate jdbc) {
        return choose(jdbc, DemoNetworks.otherId(jdbc), Footprint.NONE, null, "rows of the other network");
    }

    public static Targets ofMainNetwork(JdbcTemplate jdbc) {
        return choose(jdbc, DemoNetworks.mainId(jdbc), Footprint.NONE, null, "rows of the main network");
    }

    /** Empty for a network admin, who reads the whole network. */
    public static Optional<Targets> outsideScopeOf(JdbcTemplate jdbc, String email) {
        UserRow caller = jdbc
                .query(
                        "select id, network_id, email, first_name, last_name from app_user where email = ?",
                        Targets::user,
                        email)
                .stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no such account: " + email));
        List<StructureRow> structures = structures(jdbc, caller.networkId());
        Footprint footprint = Footprint.of(
                grants(jdbc, caller.networkId()).stream()
                        .filter(g -> g.userId() == caller.id())
                        .toList(),
                structures);
        if (footprint.everything()) {
            return Optional.empty();
        }
        return Optional.of(choose(jdbc, caller.networkId(), footprint, caller, "rows outside the scope of " + email));
    }

    public long networkId() {
        return networkId;
    }

    public Target union() {
        return union;
    }

    public Target group() {
        return group;
    }

    public Target structure() {
        return structure;
    }

    public Target person() {
        return person;
    }

    public Target grant() {
        return grant;
    }

    /**
     * One row found by SQL: the first column is its id, the others the texts that betray it. For
     * the {@link IdSource}s of later features.
     */
    public Target row(String sql, Object... arguments) {
        return jdbc
                .query(
                        sql,
                        (rs, n) -> {
                            List<String> telltales = new ArrayList<>();
                            for (int column = 2; column <= rs.getMetaData().getColumnCount(); column++) {
                                telltales.add(rs.getString(column));
                            }
                            return new Target(rs.getLong(1), telltales);
                        },
                        arguments)
                .stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "no row among the " + description + " for: " + sql + " " + Arrays.toString(arguments)));
    }

    /**
     * Every name, FINESS number, email and person's name of one network that the other network does
     * not have too (a text both networks use proves nothing when it shows up).
     */
    public static Set<String> telltalesOfNetwork(JdbcTemplate jdbc, long networkId, long besides) {
        String texts = "select name from territorial_union where network_id = ?"
                + " union select name from working_group where network_id = ?"
                + " union select name from structure where network_id = ?"
                + " union select finess from structure where network_id = ?"
                + " union select email from app_user where network_id = ?"
                + " union select first_name || ' ' || last_name from app_user where network_id = ?"
                + " union select name from network where id = ?";
        Object[] arguments = new Object[14];
        Arrays.fill(arguments, 0, 7, networkId);
        Arrays.fill(arguments, 7, 14, besides);
        return new LinkedHashSet<>(jdbc.queryForList(
                "select * from (" + texts + ") mine except select * from (" + texts + ") theirs",
                String.class,
                arguments));
    }

    @Override
    public String toString() {
        return description;
    }

    private static Targets choose(
            JdbcTemplate jdbc, long networkId, Footprint footprint, UserRow caller, String description) {
        List<StructureRow> structures = structures(jdbc, networkId);
        Map<Long, StructureRow> structuresById =
                structures.stream().collect(Collectors.toMap(StructureRow::id, s -> s));
        StructureRow structure = structures.stream()
                .filter(s -> s.groupId() != null && footprint.excludes(s))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no structure in a group among the " + description));

        Target union =
                single(jdbc, "select id, name from territorial_union where id = ?", structure.unionId(), description);
        Target group =
                single(jdbc, "select id, name from working_group where id = ?", structure.groupId(), description);

        Set<String> demoAccounts = demoAccounts();
        List<GrantRow> grants = grants(jdbc, networkId);
        Map<Long, List<GrantRow>> grantsByUser = grants.stream().collect(Collectors.groupingBy(GrantRow::userId));
        UserRow person = jdbc
                .query(
                        "select id, network_id, email, first_name, last_name from app_user where network_id = ?"
                                + " order by id",
                        Targets::user,
                        networkId)
                .stream()
                .filter(u -> !demoAccounts.contains(u.email()))
                .filter(u -> caller == null
                        || (u.id() != caller.id() && !u.displayName().equals(caller.displayName())))
                .filter(u -> grantsByUser.containsKey(u.id()))
                .filter(u -> grantsByUser.get(u.id()).stream().allMatch(g -> footprint.excludes(g, structuresById)))
                // someone of the chosen structure if there is one, for routes that name both
                .min(Comparator.comparing((UserRow u) -> grantsByUser.get(u.id()).stream()
                                .noneMatch(g -> Objects.equals(g.structureId(), structure.id())))
                        .thenComparing(UserRow::id))
                .orElseThrow(() -> new IllegalStateException("no person with grants among the " + description));
        GrantRow heldGrant = grantsByUser.get(person.id()).stream()
                .min(Comparator.comparing((GrantRow g) -> !Objects.equals(g.structureId(), structure.id()))
                        .thenComparing(GrantRow::id))
                .orElseThrow();

        List<String> grantTelltales = new ArrayList<>(List.of(person.email(), person.displayName()));
        if (heldGrant.structureId() != null) {
            grantTelltales.add(structuresById.get(heldGrant.structureId()).name());
        }
        return new Targets(
                jdbc,
                networkId,
                description,
                union,
                group,
                new Target(structure.id(), List.of(structure.name(), structure.finess())),
                new Target(person.id(), List.of(person.email(), person.displayName())),
                new Target(heldGrant.id(), grantTelltales));
    }

    private static Target single(JdbcTemplate jdbc, String sql, long id, String description) {
        return jdbc.query(sql, (rs, n) -> new Target(rs.getLong(1), List.of(rs.getString(2))), id).stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no row among the " + description + " for " + sql));
    }

    private static Set<String> demoAccounts() {
        Set<String> emails = new HashSet<>();
        for (Field field : DemoAccounts.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    String value = (String) field.get(null);
                    if (value.contains("@")) {
                        emails.add(value);
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return emails;
    }

    private static List<StructureRow> structures(JdbcTemplate jdbc, long networkId) {
        return jdbc.query(
                "select id, name, finess, territorial_union_id, working_group_id, departement from structure"
                        + " where network_id = ? order by id",
                (rs, n) -> new StructureRow(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("finess"),
                        rs.getLong("territorial_union_id"),
                        nullableLong(rs, "working_group_id"),
                        rs.getString("departement")),
                networkId);
    }

    private static List<GrantRow> grants(JdbcTemplate jdbc, long networkId) {
        return jdbc.query(
                "select id, user_id, role, territorial_union_id, working_group_id, structure_id, departements"
                        + " from role_grant where network_id = ? order by id",
                (rs, n) -> {
                    Array array = rs.getArray("departements");
                    Set<String> departements = array == null ? Set.of() : Set.of((String[]) array.getArray());
                    return new GrantRow(
                            rs.getLong("id"),
                            rs.getLong("user_id"),
                            rs.getString("role"),
                            nullableLong(rs, "territorial_union_id"),
                            nullableLong(rs, "working_group_id"),
                            nullableLong(rs, "structure_id"),
                            departements);
                },
                networkId);
    }

    private static UserRow user(ResultSet rs, int row) throws SQLException {
        return new UserRow(
                rs.getLong("id"),
                rs.getLong("network_id"),
                rs.getString("email"),
                rs.getString("first_name"),
                rs.getString("last_name"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private record StructureRow(long id, String name, String finess, long unionId, Long groupId, String departement) {}

    private record GrantRow(
            long id,
            long userId,
            String role,
            Long unionId,
            Long groupId,
            Long structureId,
            Set<String> departements) {}

    private record UserRow(long id, long networkId, String email, String firstName, String lastName) {

        String displayName() {
            return firstName + " " + lastName;
        }
    }

    /**
     * What a person's grants reach, widened to the UT, group and département of every structure
     * they read, so that a row outside it is unrelated to them by any rule of access.md.
     */
    private record Footprint(
            boolean everything, Set<Long> unions, Set<Long> groups, Set<Long> structures, Set<String> departements) {

        static final Footprint NONE = new Footprint(false, Set.of(), Set.of(), Set.of(), Set.of());

        static Footprint of(Collection<GrantRow> grants, List<StructureRow> structures) {
            if (grants.stream().anyMatch(g -> g.role().equals("NETWORK_ADMIN"))) {
                return new Footprint(true, Set.of(), Set.of(), Set.of(), Set.of());
            }
            Set<Long> unions = new HashSet<>();
            Set<Long> groups = new HashSet<>();
            Set<Long> own = new HashSet<>();
            Set<String> departements = new HashSet<>();
            for (GrantRow grant : grants) {
                if (grant.unionId() != null) {
                    unions.add(grant.unionId());
                }
                if (grant.groupId() != null) {
                    groups.add(grant.groupId());
                }
                if (grant.structureId() != null) {
                    own.add(grant.structureId());
                }
                departements.addAll(grant.departements());
            }
            Set<Long> readable = new HashSet<>();
            for (StructureRow s : structures) {
                if (unions.contains(s.unionId())
                        || (s.groupId() != null && groups.contains(s.groupId()))
                        || own.contains(s.id())
                        || departements.contains(s.departement())) {
                    readable.add(s.id());
                }
            }
            Set<Long> allUnions = new HashSet<>(unions);
            Set<Long> allGroups = new HashSet<>(groups);
            Set<String> allDepartements = new HashSet<>(departements);
            for (StructureRow s : structures) {
                if (readable.contains(s.id())) {
                    allUnions.add(s.unionId());
                    if (s.groupId() != null) {
                        allGroups.add(s.groupId());
                    }
                    allDepartements.add(s.departement());
                }
            }
            return new Footprint(false, allUnions, allGroups, readable, allDepartements);
        }

        boolean excludes(StructureRow s) {
            return !everything
                    && !structures.contains(s.id())
                    && !unions.contains(s.unionId())
                    && (s.groupId() == null || !groups.contains(s.groupId()))
                    && !departements.contains(s.departement());
        }

        boolean excludes(GrantRow g, Map<Long, StructureRow> structuresById) {
            return !everything
                    && !g.role().equals("NETWORK_ADMIN")
                    && (g.unionId() == null || !unions.contains(g.unionId()))
                    && (g.groupId() == null || !groups.contains(g.groupId()))
                    && (g.structureId() == null || excludes(structuresById.get(g.structureId())))
                    && g.departements().stream().noneMatch(departements::contains);
        }
    }
}
