package fr.pilotis.organisation;

import fr.pilotis.shared.TenantEntity;
import jakarta.persistence.Entity;

/** Union territoriale: a regional branch of the network, coordinated by its pilot. */
@Entity
class TerritorialUnion extends TenantEntity {

    private String name;

    protected TerritorialUnion() {}

    TerritorialUnion(String name) {
        this.name = name;
    }

    String getName() {
        return name;
    }

    void rename(String name) {
        this.name = name;
    }
}
