package fr.pilotis.organisation;

import fr.pilotis.shared.NetworkOwned;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A tenant: the network that runs the programme for its member structures. */
@Entity
class Network implements NetworkOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    private String name;

    private String slug;

    protected Network() {}

    Network(String name, String slug) {
        this.name = name;
        this.slug = slug;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getSlug() {
        return slug;
    }

    @Override
    public Long owningNetworkId() {
        return id;
    }
}
