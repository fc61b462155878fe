package fr.pilotis.referential;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;

/** A theme (§ 4.1 … 4.6) of a référentiel version, with the titles of its two levels. */
@Entity
class ReferentialTheme extends TenantEntity {

    private Long referentialId;
    private String code;
    private String title;
    private String level1Title;
    private String level2Title;
    private int position;

    protected ReferentialTheme() {}

    ReferentialTheme(long referentialId, ReferentialContent.ThemeContent content, int position) {
        this.referentialId = referentialId;
        this.code = content.code();
        this.title = content.title();
        this.level1Title = content.level1Title();
        this.level2Title = content.level2Title();
        this.position = position;
    }

    ThemeView view() {
        return new ThemeView(getId(), code, title, level1Title, level2Title, position);
    }

    String getCode() {
        return code;
    }
}
