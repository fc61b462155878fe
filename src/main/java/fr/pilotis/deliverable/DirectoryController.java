package fr.pilotis.deliverable;

import fr.pilotis.access.PeopleDirectory;
import fr.pilotis.access.ProgrammeContact;
import fr.pilotis.access.Role;
import fr.pilotis.organisation.OrganisationDirectory;
import fr.pilotis.organisation.StructureScope;
import fr.pilotis.organisation.StructureSummary;
import fr.pilotis.organisation.TerritorialUnionSummary;
import fr.pilotis.organisation.WorkingGroupSummary;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The directory of the programme's people (pilots, experts, referents, directors) with their
 * contact details and the UT, group or structure they work for: the whole network's, for anyone
 * of the programme; never for funders (404), who read no personal data.
 */
@Controller
class DirectoryController {

    static final int PAGE_SIZE = 25;
    // places are searched from three letters on; a text naming thousands of structures finds the people of the
    // first 500 (by name), a narrower text the others
    static final int MIN_PLACE_TEXT = 3;
    static final int MAX_PLACE_STRUCTURES = 500;
    private static final Set<Role> LISTED = Set.of(Role.PILOT, Role.EXPERT, Role.REFERENT, Role.DIRECTOR);

    private final DeliverableAccess access;
    private final PeopleDirectory people;
    private final OrganisationDirectory organisation;

    DirectoryController(DeliverableAccess access, PeopleDirectory people, OrganisationDirectory organisation) {
        this.access = access;
        this.people = people;
        this.organisation = organisation;
    }

    /** One line of the directory: the person, their role and where they hold it. */
    public record Entry(ProgrammeContact contact, String placeName) {}

    @GetMapping("/directory")
    String directory(
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "role", required = false) String role,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        access.requireProgrammeMember();
        Role chosen =
                LISTED.stream().filter(r -> r.name().equals(role)).findFirst().orElse(null);
        Map<Long, String> unions = organisation.unions().stream()
                .collect(Collectors.toMap(TerritorialUnionSummary::id, TerritorialUnionSummary::name));
        Map<Long, String> groups = organisation.groups().stream()
                .collect(Collectors.toMap(WorkingGroupSummary::id, WorkingGroupSummary::name));
        // the text also finds people by where they work: a UT, a group or a structure named so
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        boolean byPlace = needle.length() >= MIN_PLACE_TEXT;
        Page<ProgrammeContact> found = people.programmePeople(
                chosen == null ? LISTED : Set.of(chosen),
                q,
                byPlace ? idsNamed(unions, needle) : Set.of(),
                byPlace ? idsNamed(groups, needle) : Set.of(),
                byPlace
                        ? organisation
                                .searchStructures(
                                        StructureScope.wholeNetwork(), needle, PageRequest.of(0, MAX_PLACE_STRUCTURES))
                                .map(StructureSummary::id)
                                .toSet()
                        : Set.of(),
                PageRequest.of(Math.max(0, page), PAGE_SIZE));
        Set<Long> structureIds = found.getContent().stream()
                .map(ProgrammeContact::structureId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, StructureSummary> structures = structureIds.isEmpty()
                ? Map.of()
                : organisation
                        .structures(new StructureScope(false, Set.of(), Set.of(), structureIds, Set.of()))
                        .stream()
                        .collect(Collectors.toMap(StructureSummary::id, Function.identity()));
        model.addAttribute("entries", found.map(c -> new Entry(c, placeOf(c, unions, groups, structures))));
        model.addAttribute("q", q);
        model.addAttribute("role", chosen);
        model.addAttribute("roles", List.of(Role.PILOT, Role.EXPERT, Role.REFERENT, Role.DIRECTOR));
        return "toolbox/directory";
    }

    private static Set<Long> idsNamed(Map<Long, String> names, String needle) {
        return names.entrySet().stream()
                .filter(e -> e.getValue().toLowerCase(Locale.ROOT).contains(needle))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static String placeOf(
            ProgrammeContact c,
            Map<Long, String> unions,
            Map<Long, String> groups,
            Map<Long, StructureSummary> structures) {
        if (c.structureId() != null) {
            StructureSummary s = structures.get(c.structureId());
            return s == null ? "" : s.name();
        }
        if (c.workingGroupId() != null) {
            return groups.getOrDefault(c.workingGroupId(), "");
        }
        if (c.territorialUnionId() != null) {
            return unions.getOrDefault(c.territorialUnionId(), "");
        }
        return "";
    }
}
