package fr.pilotis.administration;

import fr.pilotis.access.GrantRequest;
import fr.pilotis.access.Role;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A role to give, with every kind of scope on the form; only the one the role needs is passed on.
 * Départements are typed as a list ("13, 83").
 */
class GrantForm {

    private Role role;
    private Long territorialUnionId;
    private Long workingGroupId;
    private Long structureId;
    private String departements;

    GrantRequest toRequest() {
        if (role == null) {
            return new GrantRequest(null, null, null, null, Set.of());
        }
        return new GrantRequest(
                role,
                role == Role.PILOT ? territorialUnionId : null,
                role == Role.EXPERT ? workingGroupId : null,
                role == Role.REFERENT || role == Role.DIRECTOR ? structureId : null,
                role == Role.FUNDER ? departementCodes() : Set.of());
    }

    private Set<String> departementCodes() {
        if (departements == null || departements.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(departements.split("[,;\\s]+"))
                .filter(code -> !code.isBlank())
                .collect(Collectors.toSet());
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
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

    public Long getStructureId() {
        return structureId;
    }

    public void setStructureId(Long structureId) {
        this.structureId = structureId;
    }

    public String getDepartements() {
        return departements;
    }

    public void setDepartements(String departements) {
        this.departements = departements;
    }
}
