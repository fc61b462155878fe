package fr.pilotis.actionplan;

import fr.pilotis.referential.CriterionView;
import fr.pilotis.referential.ReferentialVersion;
import fr.pilotis.referential.ThemeView;
import java.util.List;
import java.util.Optional;

/**
 * What an action of one plan may link to: the themes and criteria of the référentiel version of
 * the network's latest campaign (the default version before any campaign), and its possible owners.
 */
public record PlanChoices(ReferentialVersion referential, List<OwnerChoice> owners) {

    public List<ThemeView> themes() {
        return referential == null ? List.of() : referential.themes();
    }

    public List<CriterionView> criteria() {
        return referential == null ? List.of() : referential.criteria();
    }

    Optional<OwnerChoice> owner(Long personId, Long structureId) {
        return owners.stream()
                .filter(o -> (personId != null && personId.equals(o.personId()))
                        || (structureId != null && structureId.equals(o.structureId())))
                .findFirst();
    }

    Optional<OwnerChoice> ownerByReference(String reference) {
        return owners.stream()
                .filter(o -> o.reference() != null && o.reference().equalsIgnoreCase(reference))
                .findFirst();
    }

    Optional<CriterionView> criterionByCode(String code) {
        return criteria().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    Optional<ThemeView> themeByCode(String code) {
        return themes().stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
