package fr.pilotis.deliverable;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.access.Grant;
import fr.pilotis.access.PilotisUser;
import fr.pilotis.access.Role;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.shared.Actor;
import fr.pilotis.shared.NotFoundException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The deliverables' and toolbox's rules of access, written over {@link AccessPolicy}'s scopes (it
 * stays the one place that decides what a person reads): documents and people are never for
 * funders; the structure's referent (or the role the requirement names) files versions; the expert
 * of the structure's group reviews. Anything else answers 404.
 */
@Component
class DeliverableAccess {

    private final AccessPolicy access;
    private final OrganisationDirectory directory;

    DeliverableAccess(AccessPolicy access, OrganisationDirectory directory) {
        this.access = access;
        this.directory = directory;
    }

    Actor actor() {
        PilotisUser user = access.currentUser();
        return new Actor(user.userId(), user.displayName());
    }

    PilotisUser user() {
        return access.currentUser();
    }

    /** The toolbox and the directory: anyone of the programme but funders (who read figures only). */
    PilotisUser requireProgrammeMember() {
        PilotisUser user = access.currentUser();
        if (user.grants().stream().allMatch(g -> g.role() == Role.FUNDER)) {
            throw new NotFoundException();
        }
        return user;
    }

    /** Adding model documents: the network admin and the experts. */
    PilotisUser requireToolboxEditor() {
        PilotisUser user = access.currentUser();
        if (!canEditToolbox()) {
            throw new NotFoundException();
        }
        return user;
    }

    boolean canEditToolbox() {
        return access.signedIn()
                .map(u -> u.has(Role.NETWORK_ADMIN) || u.has(Role.EXPERT))
                .orElse(false);
    }

    /** A structure whose documents the person may read (never a funder's only). */
    StructureSummary requireDocumentsOf(long structureId) {
        StructureSummary structure = access.requireReadableStructure(structureId);
        if (!access.canReadPeopleOf(structure)) {
            throw new NotFoundException();
        }
        return structure;
    }

    StructureSummary requireReadable(DeliverableLine line) {
        return requireDocumentsOf(line.structureId());
    }

    /** The structure's referent, or whoever holds on it the role the requirement names. */
    boolean canFile(DeliverableLine line, StructureSummary structure) {
        return access.holdsOnStructure(structure, Role.REFERENT) || access.holdsOnStructure(structure, line.filledBy());
    }

    /** The expert of the structure's group. */
    boolean canReview(StructureSummary structure) {
        return access.holdsOnStructure(structure, Role.EXPERT);
    }

    StructureSummary requireFiler(DeliverableLine line) {
        StructureSummary structure = requireReadable(line);
        if (!canFile(line, structure)) {
            throw new NotFoundException();
        }
        return structure;
    }

    StructureSummary requireReviewer(DeliverableLine line) {
        StructureSummary structure = requireReadable(line);
        if (!canReview(structure)) {
            throw new NotFoundException();
        }
        return structure;
    }

    StructureSummary requireThreadMember(DeliverableLine line) {
        StructureSummary structure = requireReadable(line);
        if (!canFile(line, structure) && !canReview(structure)) {
            throw new NotFoundException();
        }
        return structure;
    }

    /** Pilots, experts and the admin set what structures owe; funders, referents, directors do not. */
    PilotisUser requireRequirementAuthor() {
        PilotisUser user = access.currentUser();
        if (!(user.has(Role.NETWORK_ADMIN) || user.has(Role.PILOT) || user.has(Role.EXPERT))) {
            throw new NotFoundException();
        }
        return user;
    }

    /**
     * The structures a requirement of this scope applies to, if the person may set it: the admin
     * anywhere, a pilot for its UT or one of its structures, an expert for its group or one of its
     * structures. 404 otherwise, as for an unknown id.
     */
    List<StructureSummary> structuresForRequirement(RequirementScope scope) {
        PilotisUser user = requireRequirementAuthor();
        boolean admin = user.has(Role.NETWORK_ADMIN);
        Set<Long> unions = user.grantsOf(Role.PILOT).stream()
                .map(Grant::territorialUnionId)
                .collect(Collectors.toSet());
        Set<Long> groups =
                user.grantsOf(Role.EXPERT).stream().map(Grant::workingGroupId).collect(Collectors.toSet());
        if (scope.structureId() != null) {
            StructureSummary structure = access.requireReadableStructure(scope.structureId());
            boolean allowed = admin
                    || unions.contains(structure.territorialUnionId())
                    || (structure.workingGroupId() != null && groups.contains(structure.workingGroupId()));
            if (!allowed) {
                throw new NotFoundException();
            }
            return List.of(structure);
        }
        if (scope.groupId() != null) {
            directory.findGroup(scope.groupId()).orElseThrow(NotFoundException::new);
            if (!admin && !groups.contains(scope.groupId())) {
                throw new NotFoundException();
            }
            return directory.structures(
                    new StructureScope(false, Set.of(), Set.of(scope.groupId()), Set.of(), Set.of()));
        }
        if (scope.unionId() != null) {
            directory.findUnion(scope.unionId()).orElseThrow(NotFoundException::new);
            if (!admin && !unions.contains(scope.unionId())) {
                throw new NotFoundException();
            }
            return directory.structures(
                    new StructureScope(false, Set.of(scope.unionId()), Set.of(), Set.of(), Set.of()));
        }
        if (!admin) {
            throw new NotFoundException();
        }
        return directory.structures(StructureScope.wholeNetwork());
    }

    /** The structures whose filed deliverables the person reviews: those of their groups (all, for the admin). */
    List<StructureSummary> reviewedStructures() {
        PilotisUser user = access.currentUser();
        if (user.has(Role.NETWORK_ADMIN)) {
            return directory.structures(StructureScope.wholeNetwork());
        }
        Set<Long> groups =
                user.grantsOf(Role.EXPERT).stream().map(Grant::workingGroupId).collect(Collectors.toSet());
        if (groups.isEmpty()) {
            throw new NotFoundException();
        }
        return directory.structures(new StructureScope(false, Set.of(), groups, Set.of(), Set.of()));
    }
}
