package fr.pilotis.access;

import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.organisation.TerritorialUnionSummary;
import fr.pilotis.organisation.WorkingGroupSummary;
import fr.pilotis.shared.NotFoundException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place that decides what the signed-in person may read and do inside their network
 * (access.md). Controllers ask it before anything scoped; an id outside the person's scope gets
 * the same {@link NotFoundException} as an id that does not exist. Isolation between networks is
 * not decided here but below, by the tenant discriminator: what this class loads is already
 * confined to the person's network.
 */
@Component
public class AccessPolicy {

    private final OrganisationDirectory directory;

    AccessPolicy(OrganisationDirectory directory) {
        this.directory = directory;
    }

    public PilotisUser currentUser() {
        return signedIn().orElseThrow(NotFoundException::new);
    }

    public Optional<PilotisUser> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PilotisUser user
                ? Optional.of(user)
                : Optional.empty();
    }

    public boolean isNetworkAdmin() {
        return signedIn().map(user -> user.has(Role.NETWORK_ADMIN)).orElse(false);
    }

    /** For the network administration pages: anyone else gets a 404, as for any unknown page. */
    public PilotisUser requireNetworkAdmin() {
        PilotisUser user = currentUser();
        if (!user.has(Role.NETWORK_ADMIN)) {
            throw new NotFoundException();
        }
        return user;
    }

    /** The structures the person may read: the union of what each of their grants opens. */
    public StructureScope readableStructures() {
        PilotisUser user = currentUser();
        if (user.has(Role.NETWORK_ADMIN)) {
            return StructureScope.wholeNetwork();
        }
        Set<Long> unions = new HashSet<>();
        Set<Long> groups = new HashSet<>();
        Set<Long> structures = new HashSet<>();
        Set<String> departements = new HashSet<>();
        for (Grant grant : user.grants()) {
            switch (grant.role()) {
                case PILOT -> unions.add(grant.territorialUnionId());
                case EXPERT -> groups.add(grant.workingGroupId());
                case REFERENT, DIRECTOR -> structures.add(grant.structureId());
                case FUNDER -> departements.addAll(grant.departements());
                case NETWORK_ADMIN -> {}
            }
        }
        return new StructureScope(false, unions, groups, structures, departements);
    }

    /**
     * The structures opened by the person's grants of these roles only (e.g. the indicator extracts
     * are for admins, pilots and funders: an expert grant held beside them adds nothing). Empty when
     * the person holds none of the roles.
     */
    public StructureScope structuresOpenedBy(Role... roles) {
        Set<Role> wanted = Set.of(roles);
        PilotisUser user = currentUser();
        if (wanted.contains(Role.NETWORK_ADMIN) && user.has(Role.NETWORK_ADMIN)) {
            return StructureScope.wholeNetwork();
        }
        Set<Long> unions = new HashSet<>();
        Set<Long> groups = new HashSet<>();
        Set<Long> structures = new HashSet<>();
        Set<String> departements = new HashSet<>();
        for (Grant grant : user.grants()) {
            if (!wanted.contains(grant.role())) {
                continue;
            }
            switch (grant.role()) {
                case PILOT -> unions.add(grant.territorialUnionId());
                case EXPERT -> groups.add(grant.workingGroupId());
                case REFERENT, DIRECTOR -> structures.add(grant.structureId());
                case FUNDER -> departements.addAll(grant.departements());
                case NETWORK_ADMIN -> {}
            }
        }
        return new StructureScope(false, unions, groups, structures, departements);
    }

    /**
     * Contact details of a structure's people: not for funders, who read figures only, unless
     * another of their grants opens the structure.
     */
    public boolean canReadPeopleOf(StructureSummary structure) {
        StructureScope scope = readableStructures();
        return new StructureScope(
                        scope.everything(), scope.unionIds(), scope.groupIds(), scope.structureIds(), Set.of())
                .includes(structure);
    }

    /**
     * A structure whose documents and personal data (complaint texts, client references, files)
     * the person may read: as {@link #requireReadableStructure}, but a funder who reads it only
     * through a département gets a 404, since funders read figures only.
     */
    public StructureSummary requirePersonalDataOf(long structureId) {
        StructureSummary structure = requireReadableStructure(structureId);
        if (!canReadPeopleOf(structure)) {
            throw new NotFoundException();
        }
        return structure;
    }

    /** The working groups the person may open, for their list of groups. */
    public List<WorkingGroupSummary> readableGroups() {
        PilotisUser user = currentUser();
        if (user.has(Role.NETWORK_ADMIN)) {
            return directory.groups();
        }
        Set<Long> ids = new HashSet<>();
        user.grantsOf(Role.EXPERT).forEach(g -> ids.add(g.workingGroupId()));
        directory
                .groupsTouchingUnions(user.grantsOf(Role.PILOT).stream()
                        .map(Grant::territorialUnionId)
                        .toList())
                .forEach(g -> ids.add(g.id()));
        user.grants().stream()
                .filter(g -> g.role() == Role.REFERENT || g.role() == Role.DIRECTOR)
                .map(g -> directory.findStructure(g.structureId()))
                .flatMap(Optional::stream)
                .filter(s -> s.workingGroupId() != null)
                .forEach(s -> ids.add(s.workingGroupId()));
        return directory.groups(ids);
    }

    public boolean canRead(StructureSummary structure) {
        return readableStructures().includes(structure);
    }

    public StructureSummary requireReadableStructure(long structureId) {
        StructureSummary structure = directory.findStructure(structureId).orElseThrow(NotFoundException::new);
        if (!canRead(structure)) {
            throw new NotFoundException();
        }
        return structure;
    }

    /** A structure the person holds this role over (referent, director), else 404. */
    public StructureSummary requireStructureRole(long structureId, Role role) {
        StructureSummary structure = requireReadableStructure(structureId);
        if (!holdsOnStructure(structure, role)) {
            throw new NotFoundException();
        }
        return structure;
    }

    /**
     * Whether the person holds the role over this structure: directly (referent, director), through
     * its UT (pilot), its group (expert), its département (funder), or over the network (admin).
     */
    public boolean holdsOnStructure(StructureSummary structure, Role role) {
        return signedIn()
                .map(user -> user.grantsOf(role).stream().anyMatch(grant -> switch (role) {
                    case NETWORK_ADMIN -> true;
                    case PILOT -> grant.territorialUnionId() == structure.territorialUnionId();
                    case EXPERT ->
                        structure.workingGroupId() != null
                                && grant.workingGroupId().longValue() == structure.workingGroupId();
                    case REFERENT, DIRECTOR -> grant.structureId() == structure.id();
                    case FUNDER -> grant.departements().contains(structure.departement());
                }))
                .orElse(false);
    }

    /**
     * A structure whose documents and personal data the person may read (action plans, evidence):
     * as {@link #requireReadableStructure}, but a funder's départements do not open it (access.md:
     * funders read figures only). 404 otherwise.
     */
    public StructureSummary requireStructureDocuments(long structureId) {
        StructureSummary structure = requireReadableStructure(structureId);
        if (!canReadPeopleOf(structure)) {
            throw new NotFoundException();
        }
        return structure;
    }

    /**
     * Whether the person holds the role over the working group itself: an expert of that group, or a
     * network admin (who holds every role's rights over the network). Other roles reach a group only
     * through its structures or UT, which {@link #requireReadableGroup} covers.
     */
    public boolean holdsOnGroup(long groupId, Role role) {
        return signedIn()
                .map(user -> user.has(Role.NETWORK_ADMIN)
                        || (role == Role.EXPERT
                                && user.grantsOf(Role.EXPERT).stream().anyMatch(g -> g.workingGroupId() == groupId)))
                .orElse(false);
    }

    /** A UT's page: its pilots and the network admins. */
    public TerritorialUnionSummary requireReadableUnion(long unionId) {
        PilotisUser user = currentUser();
        boolean allowed = user.has(Role.NETWORK_ADMIN)
                || user.grantsOf(Role.PILOT).stream().anyMatch(g -> g.territorialUnionId() == unionId);
        if (!allowed) {
            throw new NotFoundException();
        }
        return directory.findUnion(unionId).orElseThrow(NotFoundException::new);
    }

    /**
     * A working group's page: its experts, the admins, the pilots of a UT with a structure in it, and
     * the referents and directors of its structures.
     */
    public WorkingGroupSummary requireReadableGroup(long groupId) {
        WorkingGroupSummary group = directory.findGroup(groupId).orElseThrow(NotFoundException::new);
        if (!canReadGroup(groupId)) {
            throw new NotFoundException();
        }
        return group;
    }

    /**
     * Whether the person organises a working group's programme (planning, budget, meetings and
     * attendance): a network admin, or the pilot of a UT with a structure in the group.
     */
    public boolean canOrganiseGroup(long groupId) {
        PilotisUser user = currentUser();
        if (user.has(Role.NETWORK_ADMIN)) {
            return true;
        }
        if (!user.has(Role.PILOT)) {
            return false;
        }
        Set<Long> unionsOfGroup = directory.unionIdsOfGroup(groupId);
        return user.grantsOf(Role.PILOT).stream().anyMatch(g -> unionsOfGroup.contains(g.territorialUnionId()));
    }

    /** Whether the person is one of the working group's experts (who animate it and write its minutes). */
    public boolean isExpertOfGroup(long groupId) {
        return signedIn()
                .map(user -> user.grantsOf(Role.EXPERT).stream().anyMatch(g -> g.workingGroupId() == groupId))
                .orElse(false);
    }

    private boolean canReadGroup(long groupId) {
        PilotisUser user = currentUser();
        if (user.has(Role.NETWORK_ADMIN)
                || user.grantsOf(Role.EXPERT).stream().anyMatch(g -> g.workingGroupId() == groupId)) {
            return true;
        }
        if (user.has(Role.PILOT)) {
            Set<Long> unionsOfGroup = directory.unionIdsOfGroup(groupId);
            if (user.grantsOf(Role.PILOT).stream().anyMatch(g -> unionsOfGroup.contains(g.territorialUnionId()))) {
                return true;
            }
        }
        return user.grants().stream()
                .filter(g -> g.role() == Role.REFERENT || g.role() == Role.DIRECTOR)
                .map(g -> directory.findStructure(g.structureId()))
                .flatMap(Optional::stream)
                .anyMatch(s -> s.workingGroupId() != null && s.workingGroupId() == groupId);
    }
}
