package fr.pilotis.actionplan;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;

/** A theme of the référentiel that an action works on. */
@Entity
class ActionTheme extends TenantEntity {

    private Long actionId;
    private Long themeId;

    protected ActionTheme() {}

    ActionTheme(long actionId, long themeId) {
        this.actionId = actionId;
        this.themeId = themeId;
    }

    Long getActionId() {
        return actionId;
    }

    Long getThemeId() {
        return themeId;
    }
}
