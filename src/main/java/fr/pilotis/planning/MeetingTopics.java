package fr.pilotis.planning;

import fr.pilotis.referential.CriterionView;
import fr.pilotis.referential.ThemeView;
import java.util.List;

/** The themes and criteria studied at a meeting, in the référentiel's order. */
public record MeetingTopics(List<ThemeView> themes, List<CriterionView> criteria) {

    public MeetingTopics {
        themes = List.copyOf(themes);
        criteria = List.copyOf(criteria);
    }

    public boolean isEmpty() {
        return themes.isEmpty();
    }

    public List<Long> themeIds() {
        return themes.stream().map(ThemeView::id).toList();
    }

    public List<Long> criterionIds() {
        return criteria.stream().map(CriterionView::id).toList();
    }
}
