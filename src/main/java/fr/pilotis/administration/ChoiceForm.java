package fr.pilotis.administration;

/** A single id picked in a select: the structure to add to a group, the person to make its expert. */
class ChoiceForm {

    private Long structureId;
    private Long personId;

    public Long getStructureId() {
        return structureId;
    }

    public void setStructureId(Long structureId) {
        this.structureId = structureId;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }
}
