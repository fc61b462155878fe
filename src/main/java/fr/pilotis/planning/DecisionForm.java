package fr.pilotis.planning;

import java.util.ArrayList;
import java.util.List;

/** A decision added to the minutes. */
class DecisionForm {

    private String text;

    private List<Long> criterionIds = new ArrayList<>();

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<Long> getCriterionIds() {
        return criterionIds;
    }

    public void setCriterionIds(List<Long> criterionIds) {
        this.criterionIds = criterionIds;
    }
}
