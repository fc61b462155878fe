package fr.pilotis.organisation;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A home-care service, identified by its FINESS number, member of one UT and at most one group. */
@Entity
class Structure extends TenantEntity {

    private String finess;
    private String name;

    @Enumerated(EnumType.STRING)
    private StructureType type;

    private String departement;
    private Long territorialUnionId;
    private Long workingGroupId;

    @Enumerated(EnumType.STRING)
    private ProgrammePhase phase;

    private String address;
    private String phone;

    protected Structure() {}

    Structure(StructureDetails details) {
        apply(details);
    }

    void apply(StructureDetails details) {
        this.finess = details.finess();
        this.name = details.name();
        this.type = details.type();
        this.departement = details.departement();
        this.territorialUnionId = details.territorialUnionId();
        this.workingGroupId = details.workingGroupId();
        this.phase = details.phase();
        this.address = details.address();
        this.phone = details.phone();
    }

    String getFiness() {
        return finess;
    }

    String getName() {
        return name;
    }

    StructureType getType() {
        return type;
    }

    String getDepartement() {
        return departement;
    }

    Long getTerritorialUnionId() {
        return territorialUnionId;
    }

    Long getWorkingGroupId() {
        return workingGroupId;
    }

    ProgrammePhase getPhase() {
        return phase;
    }

    String getAddress() {
        return address;
    }

    String getPhone() {
        return phone;
    }

    void moveToGroup(Long workingGroupId) {
        this.workingGroupId = workingGroupId;
    }
}
