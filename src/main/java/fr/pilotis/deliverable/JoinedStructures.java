package fr.pilotis.deliverable;

import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructurePlaced;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A structure created, or moved into another UT or group, is asked for what its network, UT and
 * group already ask of everyone. A plain (synchronous) listener, in the organisation change's own
 * transaction: if adding its deliverables fails, the structure's change is rolled back with them.
 * The programme phase plays no part, as when a requirement is added.
 */
@Component
class JoinedStructures {

    private final OrganisationDirectory organisation;
    private final Deliverables deliverables;

    JoinedStructures(OrganisationDirectory organisation, Deliverables deliverables) {
        this.organisation = organisation;
        this.deliverables = deliverables;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(StructurePlaced placed) {
        organisation.findStructure(placed.structureId()).ifPresent(deliverables::addOwedBy);
    }
}
