package fr.pilotis.access;

import fr.pilotis.shared.Tenancy;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who works for a UT, a group or a structure, with their contact details (within the network). */
@Service
@Transactional(readOnly = true)
public class PeopleDirectory {

    private final AppUserRepository users;
    private final RoleGrantRepository grants;
    private final JdbcTemplate jdbc;

    PeopleDirectory(AppUserRepository users, RoleGrantRepository grants, JdbcTemplate jdbc) {
        this.users = users;
        this.grants = grants;
        this.jdbc = jdbc;
    }

    public List<Contact> pilotsOf(long unionId) {
        return contacts(grants.findUserIdsByRoleAndTerritorialUnionIdIn(Role.PILOT, Set.of(unionId)), Role.PILOT);
    }

    public List<Contact> expertsOf(Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return List.of();
        }
        return contacts(grants.findUserIdsByRoleAndWorkingGroupIdIn(Role.EXPERT, groupIds), Role.EXPERT);
    }

    /** The referents, then the directors, of a structure. */
    public List<Contact> contactsOfStructure(long structureId) {
        List<Contact> referents = contacts(
                grants.findUserIdsByRolesAndStructureIdIn(Set.of(Role.REFERENT), Set.of(structureId)), Role.REFERENT);
        List<Contact> directors = contacts(
                grants.findUserIdsByRolesAndStructureIdIn(Set.of(Role.DIRECTOR), Set.of(structureId)), Role.DIRECTOR);
        return java.util.stream.Stream.concat(referents.stream(), directors.stream())
                .toList();
    }

    /**
     * The programme's people of the network (pilots, experts, referents, directors; one row per
     * role) whose name, job title or email contains the text, by name. Callers decide who may read it.
     */
    public Page<ProgrammeContact> programmePeople(Collection<Role> roles, String text, Pageable pageable) {
        return programmePeople(roles, text, Set.of(), Set.of(), Set.of(), pageable);
    }

    /**
     * As {@link #programmePeople(Collection, String, Pageable)}, also listing whoever holds the role
     * for one of these UT, groups or structures (those whose name the text matched).
     */
    public Page<ProgrammeContact> programmePeople(
            Collection<Role> roles,
            String text,
            Collection<Long> unionIds,
            Collection<Long> groupIds,
            Collection<Long> structureIds,
            Pageable pageable) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        String pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return grants.findProgrammeContacts(
                roles, pattern, orNone(unionIds), orNone(groupIds), orNone(structureIds), pageable);
    }

    // an empty "in" list is not valid everywhere: no id is -1
    private static Collection<Long> orNone(Collection<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    /**
     * Display names of people by id (for "changed by …"), in one query. Plain SQL with an array
     * parameter: the diagnostic page asks on every view, and a JPA {@code in} list is a new query
     * plan for each number of ids.
     */
    public Map<Long, String> namesOf(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        jdbc.query(
                "select id, first_name, last_name from app_user where network_id = ? and id = any(?)",
                row -> {
                    names.put(row.getLong(1), row.getString(2) + " " + row.getString(3));
                },
                Tenancy.currentNetworkId(),
                userIds.toArray(Long[]::new));
        return names;
    }

    private List<Contact> contacts(Collection<Long> userIds, Role role) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        Map<Long, AppUser> byId = users.findAllById(Set.copyOf(userIds)).stream()
                .collect(Collectors.toMap(AppUser::getId, Function.identity()));
        return byId.values().stream()
                .filter(AppUser::isEnabled)
                .sorted(Comparator.comparing(AppUser::getLastName).thenComparing(AppUser::getFirstName))
                .map(u -> new Contact(u.getId(), u.displayName(), u.getJobTitle(), u.getEmail(), u.getPhone(), role))
                .toList();
    }
}
