package fr.pilotis.organisation;

import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.NotFoundException;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the network's organisation, each checked in full before anything is written: a
 * refused form lists every problem and leaves the database as it was. The entity audit listener
 * records each change. A structure created or moved into another UT or group is announced with
 * {@link StructurePlaced}, in the same transaction.
 */
@Service
@Transactional
public class OrganisationAdministration {

    static final int MAX_NAME = 200;

    private final StructureRepository structures;
    private final TerritorialUnionRepository unions;
    private final WorkingGroupRepository groups;
    private final ApplicationEventPublisher events;

    OrganisationAdministration(
            StructureRepository structures,
            TerritorialUnionRepository unions,
            WorkingGroupRepository groups,
            ApplicationEventPublisher events) {
        this.structures = structures;
        this.unions = unions;
        this.groups = groups;
        this.events = events;
    }

    public long createUnion(String name) {
        String clean = checkedName(name, unions.existsByNameIgnoreCase(strip(name)));
        return unions.save(new TerritorialUnion(clean)).getId();
    }

    public void renameUnion(long id, String name) {
        TerritorialUnion union = unions.findById(id).orElseThrow(NotFoundException::new);
        union.rename(checkedName(name, unions.existsByNameIgnoreCaseAndIdNot(strip(name), id)));
    }

    public long createGroup(String name) {
        String clean = checkedName(name, groups.existsByNameIgnoreCase(strip(name)));
        return groups.save(new WorkingGroup(clean)).getId();
    }

    public void renameGroup(long id, String name) {
        WorkingGroup group = groups.findById(id).orElseThrow(NotFoundException::new);
        group.rename(checkedName(name, groups.existsByNameIgnoreCaseAndIdNot(strip(name), id)));
    }

    public long createStructure(StructureDetails details) {
        StructureDetails clean = checked(details, null);
        long id = structures.saveAndFlush(new Structure(clean)).getId();
        events.publishEvent(new StructurePlaced(id));
        return id;
    }

    public void updateStructure(long id, StructureDetails details) {
        Structure structure = structures.findById(id).orElseThrow(NotFoundException::new);
        Long union = structure.getTerritorialUnionId();
        Long group = structure.getWorkingGroupId();
        structure.apply(checked(details, id));
        placed(structure, union, group);
    }

    /** Puts a structure in a group, or takes it out of any group with {@code null}. */
    public void moveStructureToGroup(long structureId, Long groupId) {
        Structure structure = structures.findById(structureId).orElseThrow(NotFoundException::new);
        if (groupId != null && !groups.existsById(groupId)) {
            throw InvalidInputException.of("workingGroupId", "organisation.group.unknown");
        }
        Long group = structure.getWorkingGroupId();
        structure.moveToGroup(groupId);
        placed(structure, structure.getTerritorialUnionId(), group);
    }

    /** Announces a structure that changed UT or group, once the change is written. */
    private void placed(Structure structure, Long unionBefore, Long groupBefore) {
        if (!Objects.equals(unionBefore, structure.getTerritorialUnionId())
                || !Objects.equals(groupBefore, structure.getWorkingGroupId())) {
            structures.flush();
            events.publishEvent(new StructurePlaced(structure.getId()));
        }
    }

    private String checkedName(String name, boolean taken) {
        String clean = strip(name);
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (clean == null || clean.isEmpty()) {
            problems.reject("name", "validation.required");
        } else if (clean.length() > MAX_NAME) {
            problems.reject("name", "validation.tooLong", MAX_NAME);
        } else if (taken) {
            problems.reject("name", "organisation.name.taken");
        }
        problems.throwIfAny();
        return clean;
    }

    private StructureDetails checked(StructureDetails details, Long id) {
        String finess = strip(details.finess()) == null
                ? null
                : strip(details.finess()).toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        String departement = Departement.normalise(details.departement());
        String name = strip(details.name());
        InvalidInputException.Collector problems = new InvalidInputException.Collector();

        if (name == null || name.isEmpty()) {
            problems.reject("name", "validation.required");
        } else if (name.length() > MAX_NAME) {
            problems.reject("name", "validation.tooLong", MAX_NAME);
        }
        if (departement == null || departement.isEmpty()) {
            problems.reject("departement", "validation.required");
        } else if (!Departement.isValidCode(departement)) {
            problems.reject("departement", "organisation.departement.invalid");
        }
        if (finess == null || finess.isEmpty()) {
            problems.reject("finess", "validation.required");
        } else if (!Departement.isWellFormedFiness(finess)) {
            problems.reject("finess", "organisation.finess.invalid");
        } else if (!problems.has("departement") && !Departement.finessMatches(finess, departement)) {
            problems.reject("finess", "organisation.finess.departement", departement);
        } else if (id == null ? structures.existsByFiness(finess) : structures.existsByFinessAndIdNot(finess, id)) {
            problems.reject("finess", "organisation.finess.taken");
        }
        if (details.type() == null) {
            problems.reject("type", "validation.required");
        }
        if (details.phase() == null) {
            problems.reject("phase", "validation.required");
        }
        if (details.territorialUnionId() == null) {
            problems.reject("territorialUnionId", "validation.required");
        } else if (!unions.existsById(details.territorialUnionId())) {
            problems.reject("territorialUnionId", "organisation.union.unknown");
        }
        if (details.workingGroupId() != null && !groups.existsById(details.workingGroupId())) {
            problems.reject("workingGroupId", "organisation.group.unknown");
        }
        String address = strip(details.address());
        if (address != null && address.length() > 300) {
            problems.reject("address", "validation.tooLong", 300);
        }
        String phone = strip(details.phone());
        if (phone != null && !phone.isEmpty() && !PhoneNumbers.isPlausible(phone)) {
            problems.reject("phone", "validation.phone");
        }
        problems.throwIfAny();
        return new StructureDetails(
                finess,
                name,
                details.type(),
                departement,
                details.territorialUnionId(),
                details.workingGroupId(),
                details.phase(),
                emptyToNull(address),
                emptyToNull(phone));
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
