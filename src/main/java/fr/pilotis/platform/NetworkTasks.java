package fr.pilotis.platform;

import fr.pilotis.access.ActivationLink;
import fr.pilotis.access.GrantRequest;
import fr.pilotis.access.PeopleAdministration;
import fr.pilotis.access.PersonDetails;
import fr.pilotis.access.Role;
import fr.pilotis.organisation.Networks;
import fr.pilotis.referential.ReferentialVersions;
import fr.pilotis.shared.InvalidInputException;
import fr.pilotis.shared.Tenancy;
import java.io.PrintStream;
import java.util.Locale;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an operator's task given by {@code --pilotis.task=…} then stops the application:
 *
 * <pre>
 * java -jar pilotis.jar --spring.profiles.active=prod --spring.main.web-application-type=none \
 *   --pilotis.task=create-network --pilotis.network.name="Réseau Exemple" --pilotis.network.slug=reseau-exemple \
 *   --pilotis.network.admin-email=qualite@exemple.fr --pilotis.network.admin-first-name=Anne \
 *   --pilotis.network.admin-last-name=Martin
 * java -jar pilotis.jar --spring.profiles.active=prod --spring.main.web-application-type=none --pilotis.task=list-networks
 * </pre>
 *
 * The first administrator's one-time activation link is printed (and mailed when SMTP is set up).
 */
@Component
class NetworkTasks implements ApplicationRunner {

    private final Environment environment;
    private final ConfigurableApplicationContext context;
    private final Networks networks;
    private final PeopleAdministration people;
    private final ReferentialVersions referentials;
    private final TransactionTemplate transactions;
    private final MessageSource messages;
    private final PrintStream out;

    NetworkTasks(
            Environment environment,
            ConfigurableApplicationContext context,
            Networks networks,
            PeopleAdministration people,
            ReferentialVersions referentials,
            TransactionTemplate transactions,
            MessageSource messages) {
        this.environment = environment;
        this.context = context;
        this.networks = networks;
        this.people = people;
        this.referentials = referentials;
        this.transactions = transactions;
        this.messages = messages;
        this.out = System.out;
    }

    @Override
    public void run(ApplicationArguments args) {
        String task = environment.getProperty("pilotis.task");
        if (task == null || task.isBlank()) {
            return;
        }
        int status;
        try {
            status = switch (task) {
                case "create-network" ->
                    printCreated(createNetwork(
                            environment.getProperty("pilotis.network.name"),
                            environment.getProperty("pilotis.network.slug"),
                            new PersonDetails(
                                    environment.getProperty("pilotis.network.admin-email"),
                                    environment.getProperty("pilotis.network.admin-first-name"),
                                    environment.getProperty("pilotis.network.admin-last-name"),
                                    environment.getProperty("pilotis.network.admin-job-title"),
                                    null)));
                case "list-networks" -> listNetworks();
                default -> {
                    out.println("Unknown task: " + task + " (create-network, list-networks)");
                    yield 2;
                }
            };
        } catch (InvalidInputException refused) {
            refused.problems()
                    .forEach(p -> out.println("- " + (p.field() == null ? "" : p.field() + ": ")
                            + messages.getMessage(
                                    p.messageKey(), p.arguments().toArray(), p.messageKey(), Locale.FRENCH)));
            status = 2;
        }
        int exitCode = status;
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }

    /**
     * Creates the network, then its first administrator and the default référentiel inside it (a separate transaction, since
     * the tenant is fixed when a transaction opens); if the administrator is refused, the
     * still-empty network is removed again, so the task leaves both or neither.
     */
    ActivationLink createNetwork(String name, String slug, PersonDetails admin) {
        long networkId = Tenancy.callAcrossNetworks(() -> networks.create(name, slug));
        ActivationLink link;
        try {
            link = Tenancy.callInNetwork(
                    networkId,
                    () -> transactions.execute(status -> {
                        ActivationLink created = people.createPerson(admin);
                        people.addGrant(created.userId(), new GrantRequest(Role.NETWORK_ADMIN, null, null, null, null));
                        referentials.installDefaultIfNone();
                        return created;
                    }));
        } catch (RuntimeException refused) {
            Tenancy.runAcrossNetworks(() -> networks.removeEmpty(networkId));
            throw refused;
        }
        return link;
    }

    private int printCreated(ActivationLink link) {
        out.println("Network created; activation link for its administrator " + link.email() + " (valid until "
                + link.expiresAt() + "):");
        out.println(link.url());
        return 0;
    }

    int listNetworks() {
        networks.list().forEach(n -> out.println(n.id() + "\t" + n.slug() + "\t" + n.name()));
        return 0;
    }
}
