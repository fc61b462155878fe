package fr.pilotis.organisation;

import fr.pilotis.shared.Tenancy;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the network's organisation. Everything here is already confined to the current network by
 * the tenant discriminator; what a person may read inside it is {@code AccessPolicy}'s business,
 * expressed as a {@link StructureScope}.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

    private final StructureRepository structures;
    private final TerritorialUnionRepository unions;
    private final WorkingGroupRepository groups;
    private final NetworkRepository networks;
    private final JdbcTemplate jdbc;

    OrganisationDirectory(
            StructureRepository structures,
            TerritorialUnionRepository unions,
            WorkingGroupRepository groups,
            NetworkRepository networks,
            JdbcTemplate jdbc) {
        this.structures = structures;
        this.unions = unions;
        this.groups = groups;
        this.networks = networks;
        this.jdbc = jdbc;
    }

    /**
     * The working groups these structures belong to, each once. Plain SQL with an array parameter:
     * the network's indicators ask it for every structure of the network at once.
     */
    public List<Long> groupIdsOf(Collection<Long> structureIds) {
        if (structureIds.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList(
                "select distinct working_group_id from structure where network_id = ? and id = any(?)"
                        + " and working_group_id is not null",
                Long.class,
                Tenancy.currentNetworkId(),
                structureIds.toArray(Long[]::new));
    }

    public Optional<StructureSummary> findStructure(long id) {
        return structures.findSummary(id);
    }

    public Optional<TerritorialUnionSummary> findUnion(long id) {
        return unions.findSummary(id);
    }

    public Optional<WorkingGroupSummary> findGroup(long id) {
        return groups.findSummary(id);
    }

    public List<StructureSummary> structures(StructureScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        return structures.findSummaries(
                scope.everything(),
                orNone(scope.unionIds()),
                orNone(scope.groupIds()),
                orNone(scope.structureIds()),
                orNoDepartement(scope.departements()));
    }

    /** The structures of a group that are also in the scope. */
    public List<StructureSummary> structuresOfGroup(long groupId, StructureScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        return structures.findSummariesOfGroup(
                groupId,
                scope.everything(),
                orNone(scope.unionIds()),
                orNone(scope.groupIds()),
                orNone(scope.structureIds()),
                orNoDepartement(scope.departements()));
    }

    /** One page of the structures in scope whose name, FINESS or UT contains the text. */
    public Page<StructureSummary> searchStructures(StructureScope scope, String text, Pageable pageable) {
        String pattern = text == null || text.isBlank()
                ? ""
                : "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return structures.searchSummaries(
                scope.everything(),
                orNone(scope.unionIds()),
                orNone(scope.groupIds()),
                orNone(scope.structureIds()),
                orNoDepartement(scope.departements()),
                pattern,
                pageable);
    }

    public List<TerritorialUnionSummary> unions() {
        return unions.findSummaries();
    }

    public List<WorkingGroupSummary> groups() {
        return groups.findSummaries();
    }

    public List<WorkingGroupSummary> groups(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : groups.findSummaries(ids);
    }

    /** The groups that gather at least one structure of these UT. */
    public List<WorkingGroupSummary> groupsTouchingUnions(Collection<Long> unionIds) {
        return unionIds.isEmpty() ? List.of() : groups.findSummariesTouchingUnions(unionIds);
    }

    /** The UT whose structures sit in this group. */
    public Set<Long> unionIdsOfGroup(long groupId) {
        return structures.findUnionIdsOfGroup(groupId);
    }

    /** The network's name, for the page header; networks are not tenant rows, so look it up by id. */
    public Optional<String> networkName(long networkId) {
        return networks.findById(networkId).map(Network::getName);
    }

    // An empty IN list is not valid SQL everywhere: stand in a value no row has.
    private static Collection<Long> orNone(Set<Long> ids) {
        return ids.isEmpty() ? Set.of(-1L) : ids;
    }

    private static Collection<String> orNoDepartement(Set<String> codes) {
        return codes.isEmpty() ? Set.of("") : codes;
    }
}
