package fr.pilotis.access;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
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

    /**
     * The programme's people, one row per role, enabled accounts only: those whose name, job or
     * email matches the pattern, or who hold the role for one of these UT, groups or structures.
     */
    @Query(
            value = "select new fr.pilotis.access.ProgrammeContact(u.id, u.firstName, u.lastName, u.jobTitle,"
                    + " u.email, u.phone, g.role, g.territorialUnionId, g.workingGroupId, g.structureId)"
                    + " from RoleGrant g join AppUser u on u.id = g.userId"
                    + " where u.enabled = true and g.role in :roles"
                    + " and (lower(concat(u.firstName, ' ', u.lastName, ' ', coalesce(u.jobTitle, ''), ' ', u.email))"
                    + " like :pattern or g.territorialUnionId in :unionIds or g.workingGroupId in :groupIds"
                    + " or g.structureId in :structureIds)"
                    + " order by u.lastName, u.firstName, u.id, g.role, g.id",
            countQuery = "select count(g) from RoleGrant g join AppUser u on u.id = g.userId"
                    + " where u.enabled = true and g.role in :roles"
                    + " and (lower(concat(u.firstName, ' ', u.lastName, ' ', coalesce(u.jobTitle, ''), ' ', u.email))"
                    + " like :pattern or g.territorialUnionId in :unionIds or g.workingGroupId in :groupIds"
                    + " or g.structureId in :structureIds)")
    Page<ProgrammeContact> findProgrammeContacts(
            Collection<Role> roles,
            String pattern,
            Collection<Long> unionIds,
            Collection<Long> groupIds,
            Collection<Long> structureIds,
            Pageable pageable);
}
