package fr.pilotis.organisation;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;

/** Groupe de travail collectif: structures, possibly of several UT, that work the themes together. */
@Entity
class WorkingGroup extends TenantEntity {

    private String name;

    protected WorkingGroup() {}

    WorkingGroup(String name) {
        this.name = name;
    }

    String getName() {
        return name;
    }

    void rename(String name) {
        this.name = name;
    }
}
