package fr.pilotis.actionplan;

import fr.pilotis.access.AccessPolicy;
import fr.pilotis.access.PilotisUser;
import fr.pilotis.access.Role;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.organisation.WorkingGroupSummary;
import fr.pilotis.shared.Actor;
import fr.pilotis.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may read and write which plan, asked of {@link AccessPolicy} (access.md):
 *
 * <ul>
 *   <li>a collective plan is read by whoever reads its group (its experts, the pilots of its UT,
 *       the referents and directors of its structures, the admins) and written by its experts and
 *       the network admins;
 *   <li>a structure's plan is read by whoever reads the structure's documents (not funders) and
 *       written by its referents, the experts of its group (who build the plans with the
 *       structures) and the network admins; directors and pilots read it.
 * </ul>
 *
 * Anything else answers 404, as for an unknown id.
 */
@Component
class PlanAccess {

    private final AccessPolicy access;

    PlanAccess(AccessPolicy access) {
        this.access = access;
    }

    WorkingGroupSummary readGroup(long groupId) {
        return access.requireReadableGroup(groupId);
    }

    boolean canWriteGroup(long groupId) {
        return access.holdsOnGroup(groupId, Role.EXPERT);
    }

    WorkingGroupSummary writeGroup(long groupId) {
        WorkingGroupSummary group = readGroup(groupId);
        if (!canWriteGroup(groupId)) {
            throw new NotFoundException();
        }
        return group;
    }

    StructureSummary readStructure(long structureId) {
        return access.requireStructureDocuments(structureId);
    }

    boolean canWriteStructure(StructureSummary structure) {
        return access.isNetworkAdmin()
                || access.holdsOnStructure(structure, Role.REFERENT)
                || access.holdsOnStructure(structure, Role.EXPERT);
    }

    StructureSummary writeStructure(long structureId) {
        StructureSummary structure = readStructure(structureId);
        if (!canWriteStructure(structure)) {
            throw new NotFoundException();
        }
        return structure;
    }

    /** Reads the action's plan (404 otherwise) and says whether the person may write it. */
    boolean readAction(ActionView action) {
        if (action.workingGroupId() != null) {
            readGroup(action.workingGroupId());
            return canWriteGroup(action.workingGroupId());
        }
        return canWriteStructure(readStructure(action.structureId()));
    }

    void writeAction(ActionView action) {
        if (!readAction(action)) {
            throw new NotFoundException();
        }
    }

    Actor actor() {
        PilotisUser user = access.currentUser();
        return new Actor(user.userId(), user.displayName());
    }
}
