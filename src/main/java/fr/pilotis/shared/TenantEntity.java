package fr.pilotis.shared;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;

/**
 * Base of every row that belongs to a network. Hibernate fills {@code network_id} from
 * {@link Tenancy} on insert, adds it to every query, and refuses to write a row of another network.
 * Ids come from one sequence per table (allocation 50) so that inserts can be batched.
 */
@MappedSuperclass
public abstract class TenantEntity implements NetworkOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @TenantId
    @Column(name = "network_id", nullable = false, updatable = false)
    private Long networkId;

    public Long getId() {
        return id;
    }

    public Long getNetworkId() {
        return networkId;
    }

    @Override
    public Long owningNetworkId() {
        return networkId;
    }
}
