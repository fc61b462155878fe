package fr.pilotis.access;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoleGrantRepository extends JpaRepository<RoleGrant, Long> {

    List<RoleGrant> findByUserId(Long userId);

    List<RoleGrant> findByUserIdIn(Collection<Long> userIds);

    Optional<RoleGrant> findByIdAndUserId(Long id, Long userId);

    @Query("select g.userId from RoleGrant g where g.role = :role and g.workingGroupId in :groupIds")
    List<Long> findUserIdsByRoleAndWorkingGroupIdIn(Role role, Collection<Long> groupIds);

    @Query("select g.userId from RoleGrant g where g.role = :role and g.territorialUnionId in :unionIds")
    List<Long> findUserIdsByRoleAndTerritorialUnionIdIn(Role role, Collection<Long> unionIds);

    @Query("select g.userId from RoleGrant g where g.role in :roles and g.structureId in :structureIds")
    List<Long> findUserIdsByRolesAndStructureIdIn(Collection<Role> roles, Collection<Long> structureIds);
}
