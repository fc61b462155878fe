package fr.pilotis.administration;

import fr.pilotis.organisation.ProgrammePhase;
import fr.pilotis.organisation.StructureDetails;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.organisation.StructureType;

/** The structure form as the browser posts it; the service checks it as {@link StructureDetails}. */
class StructureForm {

    private String finess;
    private String name;
    private StructureType type;
    private String departement;
    private Long territorialUnionId;
    private Long workingGroupId;
    private ProgrammePhase phase;
    private String address;
    private String phone;

    static StructureForm of(StructureSummary structure) {
        StructureForm form = new StructureForm();
        form.finess = structure.finess();
        form.name = structure.name();
        form.type = structure.type();
        form.departement = structure.departement();
        form.territorialUnionId = structure.territorialUnionId();
        form.workingGroupId = structure.workingGroupId();
        form.phase = structure.phase();
        form.address = structure.address();
        form.phone = structure.phone();
        return form;
    }

    StructureDetails toDetails() {
        return new StructureDetails(
                finess, name, type, departement, territorialUnionId, workingGroupId, phase, address, phone);
    }

    public String getFiness() {
        return finess;
    }

    public void setFiness(String finess) {
        this.finess = finess;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public StructureType getType() {
        return type;
    }

    public void setType(StructureType type) {
        this.type = type;
    }

    public String getDepartement() {
        return departement;
    }

    public void setDepartement(String departement) {
        this.departement = departement;
    }

    public Long getTerritorialUnionId() {
        return territorialUnionId;
    }

    public void setTerritorialUnionId(Long territorialUnionId) {
        this.territorialUnionId = territorialUnionId;
    }

    public Long getWorkingGroupId() {
        return workingGroupId;
    }

    public void setWorkingGroupId(Long workingGroupId) {
        this.workingGroupId = workingGroupId;
    }

    public ProgrammePhase getPhase() {
        return phase;
    }

    public void setPhase(ProgrammePhase phase) {
        this.phase = phase;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
