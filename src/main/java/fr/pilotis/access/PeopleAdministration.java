package fr.pilotis.access;

import fr.pilotis.organisation.Departement;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.PhoneNumbers;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's people and their role grants, as the network admin manages them. A new person
 * gets a one-time activation link (7 days) to choose a password; nobody ever sets a password for
 * someone else, except the demo loader.
 */
@Service
@Transactional
public class PeopleAdministration {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private final AppUserRepository users;
    private final RoleGrantRepository grants;
    private final OrganisationDirectory organisation;
    private final ActivationLinks activationLinks;
    private final ActivationLinkSender sender;
    private final PasswordEncoder passwords;
    private final JdbcTemplate jdbc;
    private final SignedInSessions sessions;

    PeopleAdministration(
            AppUserRepository users,
            RoleGrantRepository grants,
            OrganisationDirectory organisation,
            ActivationLinks activationLinks,
            ActivationLinkSender sender,
            PasswordEncoder passwords,
            JdbcTemplate jdbc,
            SignedInSessions sessions) {
        this.users = users;
        this.grants = grants;
        this.organisation = organisation;
        this.activationLinks = activationLinks;
        this.sender = sender;
        this.passwords = passwords;
        this.jdbc = jdbc;
        this.sessions = sessions;
    }

    /** Creates the person and returns their activation link (also mailed and logged where set up). */
    public ActivationLink createPerson(PersonDetails details) {
        AppUser user = users.save(new AppUser(checked(details, null)));
        ActivationLink link = activationLinks.issue(user.getId(), user.getEmail());
        sender.send(link, user.displayName());
        return link;
    }

    /** For the demo network only: a person who can sign in at once with an already hashed password. */
    public long createActivatedPerson(PersonDetails details, String passwordHash) {
        AppUser user = new AppUser(checked(details, null));
        user.setPasswordHash(passwordHash);
        return users.save(user).getId();
    }

    public String hashPassword(String rawPassword) {
        return passwords.encode(rawPassword);
    }

    public void updatePerson(long userId, PersonDetails details) {
        AppUser user = users.findById(userId).orElseThrow(NotFoundException::new);
        String previousEmail = user.getEmail();
        user.apply(checked(details, previousEmail));
        if (!previousEmail.equals(user.getEmail())) {
            sessions.endSessionsOf(previousEmail);
        }
    }

    public void setEnabled(long userId, boolean enabled) {
        AppUser user = users.findById(userId).orElseThrow(NotFoundException::new);
        user.setEnabled(enabled);
        if (!enabled) {
            sessions.endSessionsOf(user.getEmail());
        }
    }

    /** A new link for someone who lost theirs or let it expire; the earlier ones stop working. */
    public ActivationLink reissueActivationLink(long userId) {
        AppUser user = users.findById(userId).orElseThrow(NotFoundException::new);
        ActivationLink link = activationLinks.issue(user.getId(), user.getEmail());
        sender.send(link, user.displayName());
        return link;
    }

    public long addGrant(long userId, GrantRequest request) {
        if (!users.existsById(userId)) {
            throw new NotFoundException();
        }
        RoleGrant grant = checked(userId, request);
        return grants.save(grant).getId();
    }

    public void removeGrant(long userId, long grantId) {
        grants.delete(grants.findByIdAndUserId(grantId, userId).orElseThrow(NotFoundException::new));
        users.findById(userId).ifPresent(user -> sessions.endSessionsOf(user.getEmail()));
    }

    @Transactional(readOnly = true)
    public List<PersonView> people() {
        List<AppUser> all = users.findAllByOrderByLastNameAscFirstNameAsc();
        Map<Long, List<Grant>> grantsByUser = grants
                .findByUserIdIn(all.stream().map(AppUser::getId).toList())
                .stream()
                .collect(Collectors.groupingBy(
                        RoleGrant::getUserId, Collectors.mapping(RoleGrant::toGrant, Collectors.toList())));
        return all.stream()
                .map(user -> view(user, grantsByUser.getOrDefault(user.getId(), List.of())))
                .toList();
    }

    @Transactional(readOnly = true)
    public PersonView person(long userId) {
        AppUser user = users.findById(userId).orElseThrow(NotFoundException::new);
        return view(
                user,
                grants.findByUserId(userId).stream().map(RoleGrant::toGrant).toList());
    }

    private static PersonView view(AppUser user, List<Grant> grants) {
        return new PersonView(
                user.getId(),
                user.getEmail(),
                user.getFirstName(),
                user.getLastName(),
                user.getJobTitle(),
                user.getPhone(),
                user.isActivated(),
                user.isEnabled(),
                grants);
    }

    private PersonDetails checked(PersonDetails details, String currentEmail) {
        String email = details.email() == null ? "" : details.email().strip().toLowerCase(Locale.ROOT);
        String firstName = strip(details.firstName());
        String lastName = strip(details.lastName());
        String jobTitle = strip(details.jobTitle());
        String phone = strip(details.phone());
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (email.isEmpty()) {
            problems.reject("email", "validation.required");
        } else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            problems.reject("email", "validation.email");
        } else if (!email.equals(currentEmail) && emailTakenOnPlatform(email)) {
            problems.reject("email", "access.person.email.taken");
        }
        requireName(problems, "firstName", firstName, 100);
        requireName(problems, "lastName", lastName, 100);
        if (jobTitle != null && jobTitle.length() > 150) {
            problems.reject("jobTitle", "validation.tooLong", 150);
        }
        if (phone != null && !phone.isEmpty() && !PhoneNumbers.isPlausible(phone)) {
            problems.reject("phone", "validation.phone");
        }
        problems.throwIfAny();
        return new PersonDetails(email, firstName, lastName, emptyToNull(jobTitle), emptyToNull(phone));
    }

    // The email is the sign-in name of the whole platform, so uniqueness is checked across
    // networks; deliberately plain SQL, outside the tenant discriminator, returning a yes/no only.
    private boolean emailTakenOnPlatform(String email) {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("select exists(select 1 from app_user where email = ?)", Boolean.class, email));
    }

    private RoleGrant checked(long userId, GrantRequest request) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        Role role = request.role();
        if (role == null) {
            problems.reject("role", "validation.required");
            problems.throwIfAny();
        }
        Long union = null;
        Long group = null;
        Long structure = null;
        Set<String> departements = null;
        switch (role) {
            case NETWORK_ADMIN -> {}
            case PILOT -> {
                union = request.territorialUnionId();
                if (union == null) {
                    problems.reject("territorialUnionId", "validation.required");
                } else if (organisation.findUnion(union).isEmpty()) {
                    problems.reject("territorialUnionId", "organisation.union.unknown");
                }
            }
            case EXPERT -> {
                group = request.workingGroupId();
                if (group == null) {
                    problems.reject("workingGroupId", "validation.required");
                } else if (organisation.findGroup(group).isEmpty()) {
                    problems.reject("workingGroupId", "organisation.group.unknown");
                }
            }
            case REFERENT, DIRECTOR -> {
                structure = request.structureId();
                if (structure == null) {
                    problems.reject("structureId", "validation.required");
                } else if (organisation.findStructure(structure).isEmpty()) {
                    problems.reject("structureId", "organisation.structure.unknown");
                }
            }
            case FUNDER -> {
                departements = normalised(request.departements());
                if (departements.isEmpty()) {
                    problems.reject("departements", "validation.required");
                } else if (!departements.stream().allMatch(Departement::isValidCode)) {
                    problems.reject("departements", "organisation.departement.invalid");
                }
            }
        }
        problems.throwIfAny();
        Long unionId = union;
        Long groupId = group;
        Long structureId = structure;
        boolean duplicate = grants.findByUserId(userId).stream()
                .map(RoleGrant::toGrant)
                .anyMatch(g -> g.role() == role
                        && java.util.Objects.equals(g.territorialUnionId(), unionId)
                        && java.util.Objects.equals(g.workingGroupId(), groupId)
                        && java.util.Objects.equals(g.structureId(), structureId)
                        && role != Role.FUNDER);
        if (duplicate) {
            throw InvalidInputException.of("role", "access.grant.duplicate");
        }
        return new RoleGrant(userId, role, union, group, structure, departements);
    }

    private static Set<String> normalised(Collection<String> codes) {
        Set<String> clean = new TreeSet<>();
        if (codes != null) {
            for (String code : codes) {
                String normalised = Departement.normalise(code);
                if (normalised != null && !normalised.isEmpty()) {
                    clean.add(normalised);
                }
            }
        }
        return clean;
    }

    private static void requireName(InvalidInputException.Collector problems, String field, String value, int max) {
        if (value == null || value.isEmpty()) {
            problems.reject(field, "validation.required");
        } else if (value.length() > max) {
            problems.reject(field, "validation.tooLong", max);
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
