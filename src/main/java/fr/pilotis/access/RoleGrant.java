package fr.pilotis.access;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
class RoleGrant extends TenantEntity {

    private Long userId;

    @Enumerated(EnumType.STRING)
    private Role role;

    private Long territorialUnionId;
    private Long workingGroupId;
    private Long structureId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] departements;

    protected RoleGrant() {}

    RoleGrant(
            long userId,
            Role role,
            Long territorialUnionId,
            Long workingGroupId,
            Long structureId,
            Set<String> departements) {
        this.userId = userId;
        this.role = role;
        this.territorialUnionId = territorialUnionId;
        this.workingGroupId = workingGroupId;
        this.structureId = structureId;
        this.departements = departements == null || departements.isEmpty()
                ? null
                : departements.stream().sorted().toArray(String[]::new);
    }

    Long getUserId() {
        return userId;
    }

    Grant toGrant() {
        return new Grant(
                getId(),
                role,
                territorialUnionId,
                workingGroupId,
                structureId,
                departements == null ? Set.of() : Set.copyOf(Arrays.asList(departements)));
    }
}
