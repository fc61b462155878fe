package fr.pilotis.organisation;

import fr.pilotis.shared.InvalidInputException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenants themselves, for the platform operator's tasks only: creating a network and finding
 * one by its short name. Never used by a page of a network's users.
 */
@Service
@Transactional
public class Networks {

    private final NetworkRepository networks;

    Networks(NetworkRepository networks) {
        this.networks = networks;
    }

    public long create(String name, String slug) {
        InvalidInputException.Collector problems = new InvalidInputException.Collector();
        if (name == null || name.isBlank()) {
            problems.reject("name", "validation.required");
        }
        if (slug == null || !slug.matches("[a-z0-9][a-z0-9-]{1,59}")) {
            problems.reject("slug", "organisation.network.slug.invalid");
        } else if (networks.findBySlug(slug).isPresent()) {
            problems.reject("slug", "organisation.network.slug.taken");
        }
        problems.throwIfAny();
        return networks.save(new Network(name.strip(), slug)).getId();
    }

    /** Removes a network that holds nothing yet (the database refuses if it holds anything). */
    public void removeEmpty(long networkId) {
        networks.deleteById(networkId);
    }

    /** The networks of the platform: names only, never their content. */
    @Transactional(readOnly = true)
    public List<NetworkSummary> list() {
        return networks.findAll(org.springframework.data.domain.Sort.by("slug")).stream()
                .map(n -> new NetworkSummary(n.getId(), n.getSlug(), n.getName()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Long> findIdBySlug(String slug) {
        return networks.findBySlug(slug).map(Network::getId);
    }
}
