package fr.pilotis.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The action form as the browser posts it; the owner travels as {@code P<id>} or {@code S<id>}. */
class ActionForm {

    private String title;
    private String description;
    private List<Long> themeIds = new ArrayList<>();
    private List<Long> criterionIds = new ArrayList<>();
    private String owner;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;

    private ActionPriority priority = ActionPriority.MEDIUM;
    private ActionStatus status = ActionStatus.TODO;
    private Integer progress = 0;

    static ActionForm of(ActionView action) {
        ActionForm form = new ActionForm();
        form.title = action.title();
        form.description = action.description();
        form.themeIds =
                new ArrayList<>(action.themes().stream().map(ActionView.Tag::id).toList());
        form.criterionIds = new ArrayList<>(
                action.criteria().stream().map(ActionView.Tag::id).toList());
        form.owner = action.ownerKey();
        form.startsOn = action.startsOn();
        form.dueOn = action.dueOn();
        form.priority = action.priority();
        form.status = action.status();
        form.progress = action.progress();
        return form;
    }

    ActionDraft draft() {
        Long personId = null;
        Long structureId = null;
        if (owner != null && !owner.isBlank()) {
            Long id = parseId(owner.strip().substring(1));
            // anything that is not a known choice is refused by the plan's rules as outside the plan
            if (owner.startsWith("P")) {
                personId = id == null ? -1L : id;
            } else if (owner.startsWith("S")) {
                structureId = id == null ? -1L : id;
            } else {
                personId = -1L;
            }
        }
        return new ActionDraft(
                title,
                description,
                themeIds == null
                        ? null
                        : new LinkedHashSet<>(
                                themeIds.stream().filter(x -> x != null).toList()),
                criterionIds == null
                        ? null
                        : new LinkedHashSet<>(
                                criterionIds.stream().filter(x -> x != null).toList()),
                personId,
                structureId,
                startsOn,
                dueOn,
                priority,
                status,
                progress);
    }

    private static Long parseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<Long> getThemeIds() {
        return themeIds;
    }

    public void setThemeIds(List<Long> themeIds) {
        this.themeIds = themeIds;
    }

    public List<Long> getCriterionIds() {
        return criterionIds;
    }

    public void setCriterionIds(List<Long> criterionIds) {
        this.criterionIds = criterionIds;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public ActionPriority getPriority() {
        return priority;
    }

    public void setPriority(ActionPriority priority) {
        this.priority = priority;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }

    public Integer getProgress() {
        return progress;
    }

    public void setProgress(Integer progress) {
        this.progress = progress;
    }
}
